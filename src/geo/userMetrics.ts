import turfArea from '@turf/area';
import type { ZoneGeometry } from '../data/schema';
import type { UserFeature } from '../import/types';
import { perimeterKm } from './compare';

/**
 * An imported feature's geometry as the comparison's geometry type. The pipeline hands over WGS84
 * [lng, lat] positions (any third value is ignored by every measure here), so only the tuple type differs.
 */
export const userGeometry = (feature: UserFeature): ZoneGeometry => feature.geometry as ZoneGeometry;

/** Area (geodesic, @turf/area, as the zones' mapped areas) and perimeter of an imported feature, km² and km. */
export function userFeatureMetrics(feature: UserFeature): { areaKm2: number; perimeterKm: number } {
  return { areaKm2: turfArea(feature.geometry) / 1e6, perimeterKm: perimeterKm(userGeometry(feature)) };
}
