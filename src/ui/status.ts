import { element } from './dom';

export type StatusKind = 'loading' | 'error' | 'warning';

/**
 * The one place the page tells a visitor what is going on: loading, a fatal error, or a warning
 * that leaves the rest working. Uses an ARIA live region so screen readers hear it too.
 */
export function createStatus(region: HTMLElement) {
  return {
    show(kind: StatusKind, message: string, detail?: string) {
      region.replaceChildren(
        element('p', { class: 'status-message' }, message),
        ...(detail ? [element('p', { class: 'status-detail' }, detail)] : []),
      );
      region.dataset.kind = kind;
      region.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      region.hidden = false;
    },
    clear() {
      region.replaceChildren();
      region.hidden = true;
    },
  };
}

export type Status = ReturnType<typeof createStatus>;
