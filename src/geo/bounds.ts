import turfBbox from '@turf/bbox';
import { MAX_BOUNDS } from '../config';
import type { ZoneCollection } from '../data/schema';

/** A bounding box [west, south, east, north] in degrees, as GeoJSON and MapLibre's fitBounds take it. */
export type Bounds = [west: number, south: number, east: number, north: number];

/** Each zone's bounding box, computed once, for framing a selection. */
export function zoneBounds(zones: ZoneCollection): Map<string, Bounds> {
  return new Map(
    zones.features.map((feature) => [feature.properties.id, turfBbox(feature.geometry).slice(0, 4) as Bounds]),
  );
}

/** The box around all `boxes`, or null when there are none. */
export function unionBounds(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/**
 * The box around the named zones, or null when none of the ids is a zone. Unknown ids are skipped, so
 * a stale reference still moves the map sensibly.
 */
export function boundsOfZones(bounds: ReadonlyMap<string, Bounds>, ids: readonly string[]): Bounds | null {
  // flatMap would spread a bare box into its four numbers, so each box goes in wrapped.
  return unionBounds(ids.flatMap((id) => (bounds.has(id) ? [bounds.get(id)!] : [])));
}

/**
 * The box around every zone, what the opening view (and so the default image) frames: each zone the
 * legend lists is on screen at first sight, Daxing Airport's economic zone in the south and the
 * Sino-German park in the north included, not only the three FTZ areas.
 */
export function openingBounds(zones: ZoneCollection, bounds: ReadonlyMap<string, Bounds>): Bounds {
  return (
    boundsOfZones(
      bounds,
      zones.features.map((f) => f.properties.id),
    ) ?? [0, 0, 0, 0]
  );
}

/** The part of the world the map can show (config.ts MAX_BOUNDS), as a box. */
export const MAP_BOUNDS: Bounds = [MAX_BOUNDS[0][0], MAX_BOUNDS[0][1], MAX_BOUNDS[1][0], MAX_BOUNDS[1][1]];

/** True when the boxes share some ground (touching edges count). */
export const boxesOverlap = (a: Bounds, b: Bounds): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * True when a box lies wholly outside what the map can show (a site in Shanghai): framing it would
 * only take the camera to the edge of Beijing, over empty ground.
 */
export const outsideMap = (box: Bounds): boolean => !boxesOverlap(box, MAP_BOUNDS);

/** True when a box has no extent: a point zone, framed by zooming in rather than fitting. */
export const isPointBounds = ([west, south, east, north]: Bounds): boolean => west === east && south === north;
