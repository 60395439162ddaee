// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { focusKindOf, tourKeyAction, type FocusKind } from '../../src/features/tour/tourKeys';

const press = (
  key: string,
  modifiers: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe('tourKeyAction: what a clicker key does to the tour', () => {
  it('steps forward with →, PageDown and Space, back with ←, PageUp and Shift+Space', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(tourKeyAction(press(key), 'other'), key).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(tourKeyAction(press(key), 'other'), key).toBe('previous');
    expect(tourKeyAction(press(' ', { shiftKey: true }), 'other')).toBe('previous');
    expect(tourKeyAction(press('Escape'), 'other')).toBe('close');
  });

  it('leaves every key to a text field, and shortcuts with Ctrl, Alt or ⌘ to the browser', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', ' ', 'Escape'])
      expect(tourKeyAction(press(key), 'text'), key).toBeNull();
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const)
      expect(tourKeyAction(press('ArrowRight', { [modifier]: true }), 'other'), modifier).toBeNull();
  });

  it('leaves arrows to widgets that move with them, and Space to buttons', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', ' '])
      expect(tourKeyAction(press(key), 'widget'), key).toBeNull();
    expect(tourKeyAction(press(' '), 'button')).toBeNull();
    expect(tourKeyAction(press('ArrowRight'), 'button')).toBe('next');
    expect(tourKeyAction(press('Escape'), 'widget')).toBe('close');
  });

  it('ignores other keys', () => {
    for (const key of ['Enter', 'ArrowUp', 'ArrowDown', 'a', 'Tab'])
      expect(tourKeyAction(press(key), 'other')).toBeNull();
  });
});

describe('focusKindOf', () => {
  const kindOf = (html: string, selector: string): FocusKind => {
    // Test markup written here, parsed as a document: never page content.
    document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
    return focusKindOf(document.querySelector(selector));
  };

  it('tells text fields, widgets, buttons and the rest apart', () => {
    expect(kindOf('<input type="search">', 'input')).toBe('text');
    expect(kindOf('<textarea></textarea>', 'textarea')).toBe('text');
    expect(kindOf('<select><option>a</option></select>', 'select')).toBe('text');
    expect(kindOf('<div contenteditable="true"><b>x</b></div>', 'b')).toBe('text');
    expect(kindOf('<input type="checkbox">', 'input')).toBe('button');
    expect(kindOf('<ul role="listbox"><li role="option">a</li></ul>', 'li')).toBe('widget');
    expect(kindOf('<div role="tablist"><button role="tab">a</button></div>', 'button')).toBe('widget');
    expect(kindOf('<button>a</button>', 'button')).toBe('button');
    expect(kindOf('<a href="#x">a</a>', 'a')).toBe('button');
    expect(kindOf('<canvas tabindex="0"></canvas>', 'canvas')).toBe('other');
    expect(focusKindOf(null)).toBe('other');
    expect(focusKindOf(window)).toBe('other');
  });
});
