import type { ZoneGeometry } from '../data/schema';
import type { UserFeature } from '../import/types';
import { perimeterKm } from './compare';

/**
 * An imported feature's geometry as the comparison's geometry type. The pipeline hands over WGS84
 * [lng, lat] positions (any third value is ignored by every measure here), so only the tuple type differs.
 */
export const userGeometry = (feature: UserFeature): ZoneGeometry => feature.geometry as ZoneGeometry;

/** Turf's mean earth radius, m, so these areas equal @turf/area's (the zones' mapped areas). */
const EARTH_RADIUS_M = 6371008.8;
const RADIANS = Math.PI / 180;

/**
 * Signed area of one ring, m²: @turf/area's spherical formula, written out. Importing @turf/area in
 * this lazily loaded code made the bundler split Turf (and three small app modules) out of the first
 * chunk into shared chunks of their own: +0.9 KB gzip on the first load. tests/unit/userMetrics.test.ts
 * checks this against @turf/area.
 */
function ringArea(ring: readonly (readonly number[])[]): number {
  const n = ring.length - 1;
  if (n <= 2) return 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lower = ring[i]!;
    const middle = ring[i + 1 === n ? 0 : i + 1]!;
    const upper = ring[i + 2 >= n ? (i + 2) % n : i + 2]!;
    total += (upper[0]! * RADIANS - lower[0]! * RADIANS) * Math.sin(middle[1]! * RADIANS);
  }
  return (total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
}

/** Geodesic area of an imported polygon or multipolygon, km² (holes subtracted). */
export function userAreaKm2(geometry: UserFeature['geometry']): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const m2 = polygons.reduce(
    (sum, [outer, ...holes]) =>
      sum + Math.abs(ringArea(outer ?? [])) - holes.reduce((h, ring) => h + Math.abs(ringArea(ring)), 0),
    0,
  );
  return m2 / 1e6;
}

/** Area and perimeter of an imported feature, km² and km. */
export function userFeatureMetrics(feature: UserFeature): { areaKm2: number; perimeterKm: number } {
  return { areaKm2: userAreaKm2(feature.geometry), perimeterKm: perimeterKm(userGeometry(feature)) };
}
