import turfArea from '@turf/area';
import polylabel from 'polylabel';
import type { ZoneCollection, ZoneGeometry } from '../data/schema';

export interface ZoneMetrics {
  /** Geodesic area of the drawn outline in km² (0 for points). Not an official figure. */
  mappedAreaKm2: number;
  /** A point well inside the zone's largest polygon, for its label. */
  labelPoint: [number, number];
}

function polygonsOf(geometry: ZoneGeometry): [number, number][][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function labelPointOf(geometry: ZoneGeometry): [number, number] {
  if (geometry.type === 'Point') return geometry.coordinates;
  const polygons = polygonsOf(geometry);
  const largest = polygons.reduce((best, polygon) =>
    turfArea({ type: 'Polygon', coordinates: polygon }) > turfArea({ type: 'Polygon', coordinates: best })
      ? polygon
      : best,
  );
  // About 50 m of precision is plenty for a label.
  const [x, y] = polylabel(largest, 0.0005);
  return [x!, y!];
}

/** Computes each zone's mapped area and label point once, keyed by zone id. */
export function computeZoneMetrics(zones: ZoneCollection): Map<string, ZoneMetrics> {
  const metrics = new Map<string, ZoneMetrics>();
  for (const feature of zones.features) {
    const mappedAreaKm2 = feature.geometry.type === 'Point' ? 0 : turfArea(feature.geometry) / 1e6;
    metrics.set(feature.properties.id, { mappedAreaKm2, labelPoint: labelPointOf(feature.geometry) });
  }
  return metrics;
}
