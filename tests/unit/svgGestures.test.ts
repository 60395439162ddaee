import { describe, expect, it } from 'vitest';
import { takesGesture } from '../../src/map/svg/svgGestures';

const wheel = { type: 'wheel', ctrlKey: false, metaKey: false };
const touch = (fingers: number) => ({
  type: 'touchstart',
  ctrlKey: false,
  metaKey: false,
  touches: { length: fingers },
});

describe('cooperative gestures on the SVG map (embedded)', () => {
  it('leaves a plain wheel to the host page and zooms with Ctrl or ⌘ + wheel', () => {
    expect(takesGesture(wheel, true)).toBe(false);
    expect(takesGesture({ ...wheel, ctrlKey: true }, true)).toBe(true);
    expect(takesGesture({ ...wheel, metaKey: true }, true)).toBe(true);
  });

  it('leaves one finger to the page and pans with two', () => {
    expect(takesGesture(touch(1), true)).toBe(false);
    expect(takesGesture(touch(2), true)).toBe(true);
  });

  it('still drags with the mouse, and takes every gesture when not cooperative (full screen, full atlas)', () => {
    expect(takesGesture({ type: 'mousedown', ctrlKey: false, metaKey: false, button: 0 }, true)).toBe(true);
    expect(takesGesture(wheel, false)).toBe(true);
    expect(takesGesture(touch(1), false)).toBe(true);
    expect(takesGesture({ type: 'mousedown', ctrlKey: true, metaKey: false, button: 0 }, false)).toBe(false);
  });
});
