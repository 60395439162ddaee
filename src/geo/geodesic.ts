import { distanceKm } from './compare';

/**
 * Turf's formulas for bearing, destination, line length and polygon area, written out (same earth
 * radii), for the planner tools' lazy chunks. Importing @turf/bearing, /destination, /distance,
 * /length and /area there made Rolldown move the Turf helpers the first chunk shares with them into a
 * chunk of their own, about 1 KB gzip more on the first load (the same happened to geo/compare.ts).
 * tests/unit/geodesic.test.ts checks each against the Turf module to 1e-9.
 */
const RADIANS = Math.PI / 180;
/** @turf/distance's and @turf/destination's mean earth radius, km. */
const EARTH_RADIUS_KM = 6371.0088;
/** The same radius in metres: @turf/area's. */
const AREA_RADIUS_M = 6371008.8;

type LngLat = [number, number];
type Position = number[];

export { distanceKm };

/** The initial bearing from `from` to `to`, degrees clockwise from north in (-180, 180], as @turf/bearing. */
export function bearingDegrees(from: Position, to: Position): number {
  const [lng1 = 0, lat1 = 0] = from.map((c) => c * RADIANS);
  const [lng2 = 0, lat2 = 0] = to.map((c) => c * RADIANS);
  const a = Math.sin(lng2 - lng1) * Math.cos(lat2);
  const b = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lng2 - lng1);
  return Math.atan2(a, b) / RADIANS;
}

/** The point `km` from `origin` along `bearing` (degrees), on a sphere, as @turf/destination. */
export function destinationPoint(origin: Position, km: number, bearing: number): LngLat {
  const [lng1 = 0, lat1 = 0] = origin.map((c) => c * RADIANS);
  const angle = km / EARTH_RADIUS_KM;
  const heading = bearing * RADIANS;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(heading));
  const lng2 =
    lng1 +
    Math.atan2(Math.sin(heading) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
  return [lng2 / RADIANS, lat2 / RADIANS];
}

/** Length of a path, km: the sum of its great-circle segments, as @turf/length. */
export const pathLengthKm = (path: readonly LngLat[]): number =>
  path.slice(1).reduce((sum, point, i) => sum + distanceKm(path[i]!, point), 0);

/** Signed area of one ring, m² (Chamberlain and Duquette, as @turf/area). */
function ringArea(ring: readonly Position[]): number {
  const count = ring.length - 1;
  if (count <= 2) return 0;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const lower = ring[i]!;
    const middle = ring[i + 1 === count ? 0 : i + 1]!;
    const upper = ring[i + 2 >= count ? (i + 2) % count : i + 2]!;
    total += (upper[0]! - lower[0]!) * RADIANS * Math.sin(middle[1]! * RADIANS);
  }
  return (total * AREA_RADIUS_M * AREA_RADIUS_M) / 2;
}

/** Area of a Polygon or MultiPolygon, m², holes taken out, as @turf/area. */
export function areaM2(
  geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] },
): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce(
    (sum, [outer = [], ...holes]) =>
      sum + Math.abs(ringArea(outer)) - holes.reduce((h, hole) => h + Math.abs(ringArea(hole)), 0),
    0,
  );
}
