import { element } from './dom';

/** `info`: the outcome of something the visitor did (an import), said politely. */
export type StatusKind = 'loading' | 'error' | 'warning' | 'info';

export interface StatusOptions {
  /** A technical line under the message (which file, which request). */
  detail?: string;
  /** Label of a button that hides the message; offered for warnings, which leave the page working. */
  dismissLabel?: string;
}

/**
 * The one place the page tells a visitor what is going on: loading, a fatal error, or a warning
 * that leaves the rest working. Uses an ARIA live region so screen readers hear it too.
 */
export function createStatus(region: HTMLElement) {
  const hide = () => {
    region.replaceChildren();
    region.hidden = true;
    delete region.dataset.kind;
  };
  return {
    show(kind: StatusKind, message: string, { detail, dismissLabel }: StatusOptions = {}) {
      const dismiss = dismissLabel
        ? element('button', { type: 'button', class: 'status-dismiss' }, dismissLabel)
        : null;
      dismiss?.addEventListener('click', hide);
      region.replaceChildren(
        element('p', { class: 'status-message' }, message),
        ...(detail ? [element('p', { class: 'status-detail' }, detail)] : []),
        ...(dismiss ? [dismiss] : []),
      );
      region.dataset.kind = kind;
      region.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      region.hidden = false;
    },
    /** Hides the message if it is of this kind: the map being ready ends "loading", not a warning. */
    clear(kind: StatusKind) {
      if (region.dataset.kind === kind) hide();
    },
  };
}

export type Status = ReturnType<typeof createStatus>;
