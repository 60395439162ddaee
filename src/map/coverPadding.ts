import type { Padding } from './types';

/** A box on screen, in pixels (as getBoundingClientRect gives it). */
export interface ScreenBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The map must keep at least this share of its width and height for what it frames. */
const MIN_ROOM = 0.3;

const uniform = (padding: number | Padding): Padding =>
  typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : { ...padding };

/**
 * The padding that frames a place in the part of the map that no box covers (pure, unit-tested).
 * A box over the map (the embedded details, the tour's caption) is taken away from the side where it
 * costs the map the least area: a tall box on the left edge becomes left padding, a strip along the
 * bottom becomes bottom padding. That side gets the box's depth plus half the base margin (the box
 * already keeps the place off the edge); the other sides keep `base`. Boxes that do not overlap the
 * map (the side panel beside it) change nothing. If the boxes leave less than MIN_ROOM of the map,
 * their insets shrink in proportion, so a fit always has somewhere to go.
 */
export function paddingAround(map: ScreenBox, boxes: readonly ScreenBox[], base: number | Padding): Padding {
  const padding = uniform(base);
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (width <= 0 || height <= 0) return padding;
  const insets: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const box of boxes) {
    const left = Math.max(box.left, map.left);
    const right = Math.min(box.right, map.right);
    const top = Math.max(box.top, map.top);
    const bottom = Math.min(box.bottom, map.bottom);
    if (right <= left || bottom <= top) continue;
    const depths: Padding = {
      left: right - map.left,
      right: map.right - left,
      top: bottom - map.top,
      bottom: map.bottom - top,
    };
    // The area each choice gives up: a side inset costs its depth times the map's other dimension.
    const sides = (['left', 'right', 'top', 'bottom'] as const).map((side) => ({
      side,
      cost: depths[side] * (side === 'left' || side === 'right' ? height : width),
    }));
    const { side } = sides.reduce((best, next) => (next.cost < best.cost ? next : best));
    insets[side] = Math.max(insets[side], depths[side]);
  }
  const shrink = (near: keyof Padding, far: keyof Padding, size: number) => {
    const total = insets[near] + insets[far];
    const allowed = size * (1 - MIN_ROOM);
    if (total > allowed) {
      insets[near] *= allowed / total;
      insets[far] *= allowed / total;
    }
  };
  shrink('left', 'right', width);
  shrink('top', 'bottom', height);
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    if (insets[side] > 0) padding[side] = Math.round(insets[side] + padding[side] / 2);
  }
  // The base margins on top of the insets must still leave room (MapLibre refuses a fit that cannot).
  const fitWithin = (near: keyof Padding, far: keyof Padding, size: number) => {
    const total = padding[near] + padding[far];
    const allowed = size * (1 - MIN_ROOM / 2);
    if (total > allowed) {
      padding[near] = Math.floor((padding[near] * allowed) / total);
      padding[far] = Math.floor((padding[far] * allowed) / total);
    }
  };
  fitWithin('left', 'right', width);
  fitWithin('top', 'bottom', height);
  return padding;
}

/** `a` and `b` merged side by side, the larger of each (an explicit padding and what the boxes need). */
export const widerPadding = (a: number | Padding, b: number | Padding): Padding => {
  const [x, y] = [uniform(a), uniform(b)];
  return {
    top: Math.max(x.top, y.top),
    right: Math.max(x.right, y.right),
    bottom: Math.max(x.bottom, y.bottom),
    left: Math.max(x.left, y.left),
  };
};

/** The centre shift that puts a camera's centre in the middle of the padded room (MapLibre's `offset`). */
export const offsetFor = (padding: number | Padding): [number, number] => {
  const p = uniform(padding);
  return [(p.left - p.right) / 2, (p.top - p.bottom) / 2];
};
