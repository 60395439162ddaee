import turfBbox from '@turf/bbox';
import type { ZoneCollection } from '../data/schema';

export type Bounds = [number, number, number, number];

/** Each zone's bounding box [west, south, east, north], computed once, for flying to a selection. */
export function zoneBounds(zones: ZoneCollection): Map<string, Bounds> {
  return new Map(
    zones.features.map((feature) => [feature.properties.id, turfBbox(feature.geometry).slice(0, 4) as Bounds]),
  );
}

/** Points are framed at this zoom; polygons are fitted, but never closer than this. */
export const FOCUS_MAX_ZOOM = 13.5;

/** True when the visitor asked the system for less motion; camera moves then jump instead of flying. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The box around the FTZ areas (or, without any, every zone): what the opening view frames. */
export function openingBounds(zones: ZoneCollection, bounds: ReadonlyMap<string, Bounds>): Bounds {
  const areas = zones.features.filter((f) => f.properties.kind === 'ftz-area');
  const boxes = (areas.length ? areas : zones.features).map((f) => bounds.get(f.properties.id)!);
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** Room left around a framed zone, in pixels, so its surroundings stay in view: less on a phone-sized map. */
export function framePadding(container: HTMLElement): number {
  return Math.min(120, Math.round(Math.min(container.clientWidth, container.clientHeight) * 0.14));
}
