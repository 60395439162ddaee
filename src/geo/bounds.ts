import turfBbox from '@turf/bbox';
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

/** The box around the FTZ areas (or, without any, every zone): what the opening view frames. */
export function openingBounds(zones: ZoneCollection, bounds: ReadonlyMap<string, Bounds>): Bounds {
  const areas = zones.features.filter((f) => f.properties.kind === 'ftz-area');
  const ids = (areas.length ? areas : zones.features).map((f) => f.properties.id);
  return boundsOfZones(bounds, ids) ?? [0, 0, 0, 0];
}

/** True when a box has no extent: a point zone, framed by zooming in rather than fitting. */
export const isPointBounds = ([west, south, east, north]: Bounds): boolean => west === east && south === north;
