import turfArea from '@turf/area';
import turfCentroid from '@turf/centroid';
import turfDistance from '@turf/distance';
import turfLength from '@turf/length';
import type { Landmarks, Place } from '../data/landmarks';
import type { ZoneGeometry } from '../data/schema';

/**
 * The comparison's numbers, from the drawn geometry: pure functions of a feature and the landmarks,
 * computed once per feature id (see createComparisonCache). Distances are great-circle distances
 * between points, in km, not travel distances. Every zone outline is indicative, so area, perimeter and
 * centroid describe the outline on the map, never the zone's legal boundary.
 */

/** Anything the comparison can measure: a bundled zone, or (later) an imported feature. */
export interface ComparedFeature {
  id: string;
  geometry: ZoneGeometry;
}

export interface NearbyStation {
  name_en: string;
  name_zh: string;
  distanceKm: number;
}

export interface ComparisonMetrics {
  /** Geodesic area of the outline on the map, km² (0 for a point). */
  mappedAreaKm2: number;
  /** Length of every ring of the outline, km (0 for a point). */
  perimeterKm: number;
  /** The mean of the outline's vertices (Turf's centroid), or the point itself. */
  centroid: [number, number];
  toCapitalAirportKm: number;
  toDaxingAirportKm: number;
  toTiananmenKm: number;
  /** The nearest subway stations to the centroid, nearest first, one per station name. */
  nearestStations: NearbyStation[];
}

const ringsOf = (geometry: ZoneGeometry): [number, number][][] =>
  geometry.type === 'Polygon'
    ? geometry.coordinates
    : geometry.type === 'MultiPolygon'
      ? geometry.coordinates.flat()
      : [];

/** Geodesic area of a geometry, km². */
export const areaKm2 = (geometry: ZoneGeometry): number => (geometry.type === 'Point' ? 0 : turfArea(geometry) / 1e6);

/** Length of all rings (outer and holes), km. */
export const perimeterKm = (geometry: ZoneGeometry): number =>
  ringsOf(geometry).reduce(
    (sum, ring) =>
      sum +
      turfLength(
        { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } },
        { units: 'kilometers' },
      ),
    0,
  );

export function centroidOf(geometry: ZoneGeometry): [number, number] {
  if (geometry.type === 'Point') return geometry.coordinates;
  const [lng, lat] = turfCentroid(geometry).geometry.coordinates;
  return [lng!, lat!];
}

/** Great-circle distance, km. */
export const distanceKm = (from: [number, number], to: [number, number]): number =>
  turfDistance(from, to, { units: 'kilometers' });

/** The `count` nearest stations to `point`, one per name (interchanges are mapped once per line). */
export function nearestStations(point: [number, number], stations: readonly Place[], count = 3): NearbyStation[] {
  const byDistance = stations
    .map((station) => ({ station, distanceKm: distanceKm(point, station.coordinates) }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
  const names = new Set<string>();
  const nearest: NearbyStation[] = [];
  for (const { station, distanceKm } of byDistance) {
    if (names.has(station.name_zh)) continue;
    names.add(station.name_zh);
    nearest.push({ name_en: station.name_en, name_zh: station.name_zh, distanceKm });
    if (nearest.length === count) break;
  }
  return nearest;
}

/** Every comparison metric of one feature; `tiananmen` is the reference zone's point. */
export function computeComparisonMetrics(
  geometry: ZoneGeometry,
  landmarks: Landmarks,
  tiananmen: [number, number],
): ComparisonMetrics {
  const centroid = centroidOf(geometry);
  return {
    mappedAreaKm2: areaKm2(geometry),
    perimeterKm: perimeterKm(geometry),
    centroid,
    toCapitalAirportKm: distanceKm(centroid, landmarks.airports.capital.coordinates),
    toDaxingAirportKm: distanceKm(centroid, landmarks.airports.daxing.coordinates),
    toTiananmenKm: distanceKm(centroid, tiananmen),
    nearestStations: nearestStations(centroid, landmarks.stations),
  };
}

/**
 * Metrics by feature id, each computed on first use and kept: opening and closing the table, or
 * switching language, never measures a zone twice.
 */
export function createComparisonCache(landmarks: Landmarks, tiananmen: [number, number]) {
  const cache = new Map<string, ComparisonMetrics>();
  return (feature: ComparedFeature): ComparisonMetrics => {
    let metrics = cache.get(feature.id);
    if (!metrics) {
      metrics = computeComparisonMetrics(feature.geometry, landmarks, tiananmen);
      cache.set(feature.id, metrics);
    }
    return metrics;
  };
}

/** Centroid-to-centroid distances, km: row i, column j is the distance from point i to point j. */
export const distanceMatrix = (points: readonly [number, number][]): number[][] =>
  points.map((from) => points.map((to) => (from === to ? 0 : distanceKm(from, to))));

/** `area` as a multiple of `reference`, or null when either is missing or the reference is 0. */
export const areaRatio = (area: number | null, reference: number | null): number | null =>
  area === null || reference === null || reference === 0 ? null : area / reference;
