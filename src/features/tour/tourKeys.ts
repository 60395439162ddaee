/**
 * What a key press does to a running tour. A presentation clicker sends → / ← or PageDown / PageUp
 * (some send Space); people add Shift+Space to go back and Escape to leave. Keys keep their own
 * meaning where the focus needs them: in a text field every key is the field's; inside a widget that
 * arrows move through (tabs, lists, radio groups) the arrows and page keys are the widget's; on a
 * button or link Space presses it. No DOM: the caller says what kind of element has the focus.
 */

export type TourAction = 'next' | 'previous' | 'close';

/** Where the key was pressed. `other` is the page, the map canvas or the caption's text. */
export type FocusKind = 'text' | 'widget' | 'button' | 'other';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export function tourKeyAction(press: KeyPress, focus: FocusKind): TourAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || focus === 'text') return null;
  switch (press.key) {
    case 'Escape':
      return 'close';
    case 'ArrowRight':
    case 'PageDown':
      return focus === 'widget' ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return focus === 'widget' ? null : 'previous';
    case ' ':
      if (focus !== 'other') return null;
      return press.shiftKey ? 'previous' : 'next';
    default:
      return null;
  }
}

const WIDGETS =
  '[role=listbox], [role=tablist], [role=radiogroup], [role=menu], [role=slider], [role=grid], [role=tree]';

/** The kind of element `target` is, for tourKeyAction. */
export function focusKindOf(target: EventTarget | null): FocusKind {
  if (!(target instanceof Element)) return 'other';
  if (target.closest('input, textarea, select, [contenteditable]:not([contenteditable=false])')) {
    // Checkboxes and radios take Space, not arrows; treat them as buttons.
    const type = target instanceof HTMLInputElement ? target.type : '';
    return type === 'checkbox' || type === 'radio' || type === 'button' ? 'button' : 'text';
  }
  if (target.closest(WIDGETS)) return 'widget';
  if (target.closest('button, a[href], summary, [role=button]')) return 'button';
  return 'other';
}
