import turfBbox from '@turf/bbox';
import type { ZoneCollection } from '../data/schema';

export type Bounds = [[number, number], [number, number]];

/**
 * The bounding box ([[west, south], [east, north]]) of the named zones' outlines, or null when none
 * of the ids is a zone. Unknown ids are skipped, so a stale reference still moves the map sensibly.
 */
export function boundsOfZones(zones: ZoneCollection, ids: readonly string[]): Bounds | null {
  const wanted = new Set(ids);
  const features = zones.features.filter((f) => wanted.has(f.properties.id));
  if (features.length === 0) return null;
  const [west, south, east, north] = turfBbox({
    type: 'FeatureCollection',
    features: features as GeoJSON.Feature[],
  });
  return [
    [west, south],
    [east, north],
  ];
}
