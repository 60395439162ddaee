import { element } from './dom';

/** `info`: the outcome of something the visitor did (an import), said politely. */
export type StatusKind = 'loading' | 'error' | 'warning' | 'info';

/** A button on the notice that does something about it ("Try again", "Lay over Beijing"). */
export interface StatusAction {
  label: string;
  run: () => void;
}

export interface StatusOptions {
  /** A technical line under the message (which file, which request). */
  detail?: string;
  /** Label of a button that hides the message; offered for warnings, which leave the page working. */
  dismissLabel?: string;
  /** What the visitor can do next; the notice hides before the action runs. */
  action?: StatusAction;
}

function button(className: string, label: string, onClick: () => void): HTMLButtonElement {
  const made = element('button', { type: 'button', class: className }, label);
  made.addEventListener('click', onClick);
  return made;
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
    show(kind: StatusKind, message: string, { detail, dismissLabel, action }: StatusOptions = {}) {
      const buttons = [
        ...(action
          ? [
              button('status-action', action.label, () => {
                hide();
                action.run();
              }),
            ]
          : []),
        ...(dismissLabel ? [button('status-dismiss', dismissLabel, hide)] : []),
      ];
      region.replaceChildren(
        element('p', { class: 'status-message' }, message),
        ...(detail ? [element('p', { class: 'status-detail' }, detail)] : []),
        ...(buttons.length ? [element('div', { class: 'status-buttons' }, ...buttons)] : []),
      );
      region.dataset.kind = kind;
      region.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      region.hidden = false;
    },
    /** Hides the message if it is of this kind: the map being ready ends "loading", not a warning. */
    clear(kind: StatusKind) {
      if (region.dataset.kind === kind) hide();
    },
    /** The kind of message on show, if any: a fault notice must not be replaced by "ready". */
    kind(): StatusKind | undefined {
      return region.hidden ? undefined : (region.dataset.kind as StatusKind | undefined);
    },
  };
}

export type Status = ReturnType<typeof createStatus>;
