import type { Landmarks, Place } from '../data/landmarks';
import type { ZoneGeometry } from '../data/schema';

/**
 * The comparison's numbers, from the drawn geometry: pure functions of a feature and the landmarks,
 * computed once per feature id (see createComparisonCache). Distances are great-circle distances
 * between points, in km, not travel distances. Every zone outline is indicative, so area, perimeter and
 * centroid describe the outline on the map, never the zone's legal boundary.
 */

/**
 * Anything the comparison can measure: a bundled zone, or (later) an imported feature. Its area comes
 * with it (geo/metrics.ts computes every zone's once, with @turf/area), so this module imports no Turf.
 */
export interface ComparedFeature {
  id: string;
  geometry: ZoneGeometry;
  /** Geodesic area of the outline, km² (0 for a point). */
  mappedAreaKm2: number;
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

/** Turf's mean earth radius, km, so these figures equal @turf/distance's and @turf/length's. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/**
 * Great-circle distance, km: the haversine formula of @turf/distance, written out. Importing
 * @turf/distance, @turf/length and @turf/centroid here made the bundler move the Turf helpers the
 * first chunk shares with them into a chunk of their own, about 1.1 KB gzip more on the first load,
 * which the budget does not have; tests/unit/compareGolden.test.ts checks these against Turf.
 */
export function distanceKm(from: [number, number], to: [number, number]): number {
  const dLat = (to[1] - from[1]) * RADIANS;
  const dLng = (to[0] - from[0]) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(from[1] * RADIANS) * Math.cos(to[1] * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/** Length of all rings (outer and holes), km: the sum of their segments, as @turf/length sums them. */
export const perimeterKm = (geometry: ZoneGeometry): number =>
  ringsOf(geometry).reduce(
    (sum, ring) => sum + ring.slice(1).reduce((length, point, i) => length + distanceKm(ring[i]!, point), 0),
    0,
  );

/**
 * The mean of the outline's vertices, each ring's closing vertex left out (as @turf/centroid does),
 * or the point itself.
 */
export function centroidOf(geometry: ZoneGeometry): [number, number] {
  if (geometry.type === 'Point') return geometry.coordinates;
  const vertices = ringsOf(geometry).flatMap((ring) => ring.slice(0, -1));
  const sum = vertices.reduce((total, [lng, lat]) => [total[0] + lng, total[1] + lat], [0, 0]);
  return [sum[0] / vertices.length, sum[1] / vertices.length];
}

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
  { geometry, mappedAreaKm2 }: ComparedFeature,
  landmarks: Landmarks,
  tiananmen: [number, number],
): ComparisonMetrics {
  const centroid = centroidOf(geometry);
  return {
    mappedAreaKm2,
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
      metrics = computeComparisonMetrics(feature, landmarks, tiananmen);
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
