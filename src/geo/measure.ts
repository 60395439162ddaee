import { areaM2, pathLengthKm } from './geodesic';
import type { Feature, FeatureCollection } from 'geojson';

/**
 * The measuring tool's model, pure: points in, totals out. Distances and areas are geodesic
 * (Turf's formulas, geo/geodesic.ts), so a line across Beijing reads the same as on the ground.
 */
export type MeasureMode = 'distance' | 'area';

type LngLat = [number, number];

export interface Measurement {
  mode: MeasureMode;
  points: readonly LngLat[];
  /** Finished (double-click or Enter): kept on the map, takes no more points. */
  finished: boolean;
}

export const startMeasurement = (mode: MeasureMode): Measurement => ({ mode, points: [], finished: false });

/** Adds a point; a finished measurement or a repeat of the last point (a double-click's clicks) changes nothing. */
export function addPoint(measurement: Measurement, point: LngLat): Measurement {
  const last = measurement.points.at(-1);
  if (measurement.finished || (last && last[0] === point[0] && last[1] === point[1])) return measurement;
  return { ...measurement, points: [...measurement.points, point] };
}

/** Takes back the last point (Backspace); a finished measurement reopens. */
export const undoPoint = (measurement: Measurement): Measurement => ({
  ...measurement,
  points: measurement.points.slice(0, -1),
  finished: false,
});

/** The points needed for a result: two for a distance, three for an area. */
export const minimumPoints = (mode: MeasureMode): number => (mode === 'distance' ? 2 : 3);

/** Ends the measurement when it has enough points; otherwise it stays open. */
export const finishMeasurement = (measurement: Measurement): Measurement =>
  measurement.points.length >= minimumPoints(measurement.mode) ? { ...measurement, finished: true } : measurement;

export interface MeasureTotals {
  /** Along the points in order, km; for an area, the perimeter including the closing side. */
  distanceKm: number;
  /** The enclosed area, km² (0 below three points or for a distance). */
  areaKm2: number;
}

const ringOf = (points: readonly LngLat[]): LngLat[] => [...points, points[0]!];

export function measureTotals({ mode, points }: Measurement): MeasureTotals {
  const path = mode === 'area' && points.length >= 3 ? ringOf(points) : [...points];
  const distanceKm = pathLengthKm(path);
  const areaKm2 =
    mode === 'area' && points.length >= 3 ? areaM2({ type: 'Polygon', coordinates: [ringOf(points)] }) / 1e6 : 0;
  return { distanceKm, areaKm2 };
}

/** What the map draws: the vertices, the line (closed for an area) and the filled area. */
export function measureFeatures({ mode, points, finished }: Measurement): FeatureCollection {
  const features: Feature[] = points.map((coordinates, index) => ({
    type: 'Feature',
    properties: { part: 'vertex', index },
    geometry: { type: 'Point', coordinates },
  }));
  const path = mode === 'area' && (points.length >= 3 || finished) ? ringOf(points) : [...points];
  if (path.length >= 2) {
    features.push({
      type: 'Feature',
      properties: { part: 'line' },
      geometry: { type: 'LineString', coordinates: path },
    });
  }
  if (mode === 'area' && points.length >= 3) {
    features.push({
      type: 'Feature',
      properties: { part: 'area' },
      geometry: { type: 'Polygon', coordinates: [path] },
    });
  }
  return { type: 'FeatureCollection', features };
}
