import { describe, expect, it } from 'vitest';
import { offsetFor, paddingAround, widerPadding } from '../../src/map/coverPadding';
import { boundsInView } from '../../src/map/svg/projection';

/** The default embed frame, 800 × 450, and what floats over it. */
const frame = { left: 0, top: 0, right: 800, bottom: 450 };
const details = { left: 8, top: 52, right: 328, bottom: 410 };
const caption = { left: 336, top: 260, right: 792, bottom: 406 };

describe('paddingAround: framing in the part of the map no box covers', () => {
  it('keeps the base margin on every side when nothing covers the map', () => {
    expect(paddingAround(frame, [], 60)).toEqual({ top: 60, right: 60, bottom: 60, left: 60 });
  });

  it('takes the embedded details off the left, where they cost the map least', () => {
    expect(paddingAround(frame, [details], 60)).toEqual({ top: 60, right: 60, bottom: 60, left: 328 + 30 });
  });

  it('takes a caption strip along the bottom off the bottom, beside the details', () => {
    const padding = paddingAround(frame, [details, caption], 60);
    expect(padding.left).toBe(358);
    expect(padding.bottom).toBe(450 - 260 + 30);
    expect(padding.top).toBe(60);
    expect(padding.right).toBe(60);
  });

  it('ignores a box beside the map (the full atlas’s side panel)', () => {
    const map = { left: 352, top: 52, right: 1280, bottom: 800 };
    expect(paddingAround(map, [{ left: 0, top: 52, right: 351, bottom: 800 }], 100).left).toBe(100);
  });

  it('always leaves room to frame something, however much is covered', () => {
    const wide = { left: 0, top: 0, right: 700, bottom: 450 };
    const padding = paddingAround(frame, [wide], 60);
    expect(800 - padding.left - padding.right).toBeGreaterThanOrEqual(800 * 0.15);
    expect(450 - padding.top - padding.bottom).toBeGreaterThan(0);
  });

  it('merges a caller’s padding side by side, and gives the centre shift of a padding', () => {
    expect(widerPadding(40, { top: 0, right: 300, bottom: 10, left: 50 })).toEqual({
      top: 40,
      right: 300,
      bottom: 40,
      left: 50,
    });
    expect(offsetFor({ top: 60, right: 60, bottom: 220, left: 358 })).toEqual([149, -80]);
    expect(offsetFor(80)).toEqual([0, 0]);
  });
});

describe('boundsInView', () => {
  const camera = { center: [116.5, 39.9] as [number, number], zoom: 12, bearing: 0 };
  const size = { width: 800, height: 450 };
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  const small: [number, number, number, number] = [116.49, 39.895, 116.51, 39.905];

  it('holds for a box around the centre, and not for one off screen', () => {
    expect(boundsInView(small, camera, size, [0, 0], none)).toBe(true);
    expect(boundsInView([116.7, 39.9, 116.72, 39.92], camera, size, [0, 0], none)).toBe(false);
  });

  it('counts a box under a covered side as out of view', () => {
    expect(boundsInView(small, camera, size, [0, 0], { ...none, left: 390 })).toBe(false);
    // Moved right by the offset (the centre of the room left of the box), it is in view again.
    expect(boundsInView(small, camera, size, [200, 0], { ...none, left: 390 })).toBe(true);
  });
});
