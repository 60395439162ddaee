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

/** The north-westernmost of the northernmost vertices: a spot on the outline's top edge. */
function topEdgePointOf(geometry: ZoneGeometry): [number, number] {
  const vertices = polygonsOf(geometry).flatMap((polygon) => polygon[0] ?? []);
  const [first, ...rest] = vertices;
  if (!first) return labelPointOf(geometry);
  return rest.reduce((best, v) => (v[1] > best[1] || (v[1] === best[1] && v[0] < best[0]) ? v : best), first);
}

/**
 * Computes each zone's mapped area and label point once, keyed by zone id. A zone drawn on another
 * zone's outline (`same_outline_as`) is labelled on the outline's top edge, so the two labels do not
 * compete for the same spot.
 */
export function computeZoneMetrics(zones: ZoneCollection): Map<string, ZoneMetrics> {
  const metrics = new Map<string, ZoneMetrics>();
  for (const feature of zones.features) {
    const mappedAreaKm2 = feature.geometry.type === 'Point' ? 0 : turfArea(feature.geometry) / 1e6;
    const labelPoint = feature.properties.same_outline_as
      ? topEdgePointOf(feature.geometry)
      : labelPointOf(feature.geometry);
    metrics.set(feature.properties.id, { mappedAreaKm2, labelPoint });
  }
  return metrics;
}
