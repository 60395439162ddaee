import type { Bounds } from '../../geo/bounds';
import { framePadding } from '../framing';
import { cameraForBounds, TILE_SIZE, toMercator, type Padding, type Size } from './projection';

/**
 * How far a point zone's label may run beside its dot, px: zone-point-labels sets it beside the dot,
 * up to 10 em of 11 px text 0.9 em away (Shougang Park's Chinese name ends 124 px from its dot).
 */
export const POINT_LABEL_ROOM = 130;

/**
 * The padding of the opening frame (`opening`, the box around every zone) on a map of `size` (pure,
 * unit-tested): `base`, except where a point zone is the box's west or east edge and the plain fit
 * leaves it less than POINT_LABEL_ROOM from the map's side. That side then gets the room, so a label
 * set outwards beside the zone (on a phone the inner side is taken by other names) stays on screen.
 * A wide map keeps the plain fit; a phone's, framed by its height, moves over: never zooms out.
 * (Shougang Park is the west edge; a point on both edges would get the room on both.)
 */
export function openingPadding(
  size: Size,
  base: number,
  bounds: ReadonlyMap<string, Bounds>,
  opening: Bounds,
): number | Padding {
  const [west, , east] = opening;
  const points = [...bounds.values()].filter(([w, s, e, n]) => w === e && s === n);
  const pointAt = (lng: number) => points.some(([w]) => w === lng);
  const { zoom } = cameraForBounds(opening, size, base, Infinity);
  const boxWidth = (toMercator([east, 0])[0] - toMercator([west, 0])[0]) * TILE_SIZE * 2 ** zoom;
  if ((size.width - boxWidth) / 2 >= POINT_LABEL_ROOM) return base;
  // No further than needed: the padding that puts the box's side POINT_LABEL_ROOM from the map's, the
  // other side keeping `base` (the box is centred in the room the padding leaves); and never so far
  // that the box no longer fits at the plain fit's zoom (a map framed by its width stays as it was).
  const needed = Math.min(POINT_LABEL_ROOM, 2 * POINT_LABEL_ROOM - size.width + base + boxWidth);
  const room = Math.min(needed, size.width - base - boxWidth);
  const left = pointAt(west) ? Math.max(base, room) : base;
  const right = pointAt(east) ? Math.max(base, room) : base;
  return left === base && right === base ? base : { top: base, bottom: base, left, right };
}

/**
 * What a map without a camera in its link frames on `container`: the selected zone's box, or the
 * opening box with the opening frame's padding (above); a zone gets the plain margin (framing.ts).
 */
export function openingFrame(
  container: Element,
  selectedId: string | null,
  bounds: ReadonlyMap<string, Bounds>,
  opening: Bounds,
): { box: Bounds; padding: number | Padding } {
  const base = framePadding(container);
  const zone = selectedId !== null ? bounds.get(selectedId) : undefined;
  if (zone) return { box: zone, padding: base };
  const size = { width: container.clientWidth, height: container.clientHeight };
  return { box: opening, padding: openingPadding(size, base, bounds, opening) };
}
