import type { LngLat } from '../../config';
import type { Bounds } from '../../geo/bounds';
import type { Camera } from '../../state/appState';

/**
 * The SVG map's projection, matched to MapLibre's camera: Web Mercator with 512-pixel tiles, so at
 * zoom z the world is 512·2^z pixels wide, and `fitBounds` fits the projected box inside the padded
 * container, centred on the box's Mercator midpoint, never closer than `maxZoom`. Pure (no DOM), so
 * the framing is unit-tested against MapLibre's formulas.
 */

export const TILE_SIZE = 512;

export interface Size {
  width: number;
  height: number;
}

/** Web Mercator in world units: x and y from 0 to 1, y growing southwards. */
export function toMercator([lng, lat]: LngLat): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

export function fromMercator([x, y]: [number, number]): LngLat {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The camera MapLibre's `fitBounds(bounds, { padding, maxZoom })` picks for a map of `size`, north up.
 * With uneven padding the box is centred in the room the padding leaves.
 */
export function cameraForBounds(
  bounds: Bounds,
  size: Size,
  padding: number | Padding,
  maxZoom: number,
  minZoom = 0,
): Camera {
  const pad = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const [west, south, east, north] = bounds;
  const [x0, y0] = toMercator([west, north]);
  const [x1, y1] = toMercator([east, south]);
  const room = {
    width: Math.max(1, size.width - pad.left - pad.right),
    height: Math.max(1, size.height - pad.top - pad.bottom),
  };
  // A box without extent on an axis does not limit the zoom on that axis.
  const scaleX = x1 > x0 ? room.width / ((x1 - x0) * TILE_SIZE) : Infinity;
  const scaleY = y1 > y0 ? room.height / ((y1 - y0) * TILE_SIZE) : Infinity;
  const zoom = Math.max(minZoom, Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom));
  // Shift the centre so the box sits in the middle of the padded room, not of the whole map.
  const worldWidth = TILE_SIZE * 2 ** zoom;
  const shiftX = (pad.right - pad.left) / 2 / worldWidth;
  const shiftY = (pad.bottom - pad.top) / 2 / worldWidth;
  return { center: fromMercator([(x0 + x1) / 2 + shiftX, (y0 + y1) / 2 + shiftY]), zoom, bearing: 0 };
}

/**
 * A planar projection: Web Mercator done here, straight to screen pixels. Planar on purpose: d3-geo's
 * spherical polygons need clockwise rings, GeoJSON's (RFC 7946) are anticlockwise, and a ring read
 * the wrong way round is drawn as the whole world minus the zone.
 */
export interface ScreenProjection {
  (lngLat: LngLat | [number, number]): [number, number];
  invert(point: [number, number]): LngLat;
}

/** Puts `camera.center` in the middle of `size`, at MapLibre's scale for its zoom, turned by its bearing. */
export function projectionFor(camera: Camera, size: Size): ScreenProjection {
  const world = TILE_SIZE * 2 ** camera.zoom;
  const [centerX, centerY] = toMercator(camera.center);
  // MapLibre's bearing turns the map anticlockwise on screen (bearing 90: east is up).
  const angle = (-camera.bearing * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const project = ((lngLat: LngLat) => {
    const [x, y] = toMercator(lngLat);
    const dx = (x - centerX) * world;
    const dy = (y - centerY) * world;
    return [size.width / 2 + dx * cos - dy * sin, size.height / 2 + dx * sin + dy * cos];
  }) as ScreenProjection;
  project.invert = ([screenX, screenY]) => {
    const dx = screenX - size.width / 2;
    const dy = screenY - size.height / 2;
    return fromMercator([centerX + (dx * cos + dy * sin) / world, centerY + (-dx * sin + dy * cos) / world]);
  };
  return project;
}

/** The zoom difference between two cameras as a scale factor (what d3-zoom calls k). */
export const scaleBetween = (fromZoom: number, toZoom: number): number => 2 ** (toZoom - fromZoom);

export const sameCamera = (a: Camera, b: Camera): boolean =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing;

/** A pan and zoom on top of the drawn projection, as d3-zoom gives it: screen = k·point + (x, y). */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

/** The camera a map of `size` shows when its drawing (made at `base` with `project`) is moved by `transform`. */
export function cameraOnScreen(base: Camera, project: ScreenProjection, transform: ViewTransform, size: Size): Camera {
  const { k, x, y } = transform;
  const center = project.invert?.([(size.width / 2 - x) / k, (size.height / 2 - y) / k]);
  return {
    center: center ? [center[0], center[1]] : base.center,
    zoom: base.zoom + Math.log2(k),
    bearing: base.bearing,
  };
}

/**
 * Whether `bounds` lies wholly inside the part of a map of `size` that `margins` leave, when the map
 * shows `camera` with its centre moved by `offset` pixels (as MapLibre's `offset` option moves it).
 * A tour scene keeps its own camera when this holds for its zones, and fits them when it does not.
 */
export function boundsInView(
  bounds: Bounds,
  camera: Camera,
  size: Size,
  offset: [number, number],
  margins: Padding,
): boolean {
  const project = projectionFor(camera, size);
  const [west, south, east, north] = bounds;
  const corners: LngLat[] = [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
  ];
  return corners.every((corner) => {
    const [x, y] = project(corner);
    const [px, py] = [x + offset[0], y + offset[1]];
    return (
      px >= margins.left && px <= size.width - margins.right && py >= margins.top && py <= size.height - margins.bottom
    );
  });
}
