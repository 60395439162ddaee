import type { LngLat } from '../../config';
import { round } from '../../geo/round';
import type { Camera } from '../../state/appState';
import { fromMercator, scaleBetween, TILE_SIZE, toMercator, type ScreenProjection, type Size } from './projection';
import type { ViewTransform } from './projection';

/**
 * The arithmetic of the SVG map's camera under d3-zoom (svgController.lazy.ts), pure so that it is
 * unit-tested: which transform shows a camera, what a wheel step or a key does, what the link records.
 */

/** How far one arrow key pans the map, in screen pixels. */
export const KEY_PAN_PX = 80;

/** The d3-zoom transform that shows `camera` on a drawing made at `baseZoom` with `project`. */
export function transformFor(
  camera: Pick<Camera, 'center' | 'zoom'>,
  baseZoom: number,
  project: ScreenProjection,
  size: Size,
): ViewTransform {
  const k = scaleBetween(baseZoom, camera.zoom);
  const [x, y] = project(camera.center);
  return { k, x: size.width / 2 - k * x, y: size.height / 2 - k * y };
}

/**
 * The point to show at the centre of the map so that `center` lands `offset` pixels away from it, at
 * `zoom` (as MapLibre's `offset` option moves a camera).
 */
export function centreFor(center: LngLat, zoom: number, offset: [number, number]): LngLat {
  const world = TILE_SIZE * 2 ** zoom;
  const [x, y] = toMercator(center);
  return fromMercator([x - offset[0] / world, y - offset[1] / world]);
}

/** What a wheel event zooms, in d3-zoom's units. */
export interface WheelStep {
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}

/**
 * d3-zoom's own wheel step, except that it multiplies Ctrl + wheel by 10 (a trackpad pinch): with
 * cooperative gestures every zooming wheel holds Ctrl, and a mouse notch would zoom ten levels.
 */
export function wheelDelta(event: WheelStep, cooperative: boolean): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return -event.deltaY * perUnit * (event.ctrlKey && !cooperative ? 10 : 1);
}

/** What a key does to the map: zoom by a factor, or pan by screen pixels. */
export type KeyMove = { scaleBy: number } | { panBy: [number, number] };

/** The move for `key`, or null when the key is not the map's. Panning keys move the map, not the view. */
export function keyMove(key: string): KeyMove | null {
  switch (key) {
    case '+':
    case '=':
      return { scaleBy: 2 };
    case '-':
      return { scaleBy: 0.5 };
    case 'ArrowLeft':
      return { panBy: [KEY_PAN_PX, 0] };
    case 'ArrowRight':
      return { panBy: [-KEY_PAN_PX, 0] };
    case 'ArrowUp':
      return { panBy: [0, KEY_PAN_PX] };
    case 'ArrowDown':
      return { panBy: [0, -KEY_PAN_PX] };
    default:
      return null;
  }
}

/** The camera as the link records it once a gesture ends: rounded, as MapLibre's view is. */
export function restingView({ center, zoom, bearing }: Camera): Camera {
  return { center: [round(center[0], 6), round(center[1], 6)], zoom: round(zoom, 4), bearing };
}
