import type { Landmarks } from '../data/landmarks';
import type { ZoneCollection } from '../data/schema';
import { areaRatio, distanceMatrix, type ComparedFeature, type ComparisonMetrics } from '../geo/compare';
import type { ZoneMetrics } from '../geo/metrics';
import { round } from '../geo/round';
import type { UserFeature } from '../import/types';
import type { Language } from '../state/appState';
import { comparedItems, type ComparedItem } from './comparedItem';

/**
 * The comparison as data, before any DOM: one row per compared zone and the distance matrix. The
 * table, the CSV and the GeoJSON are all made from this, so a file always holds the figures shown,
 * rounded the same way.
 */

export interface ComparisonRow {
  /** A zone or an imported feature (comparedItem.ts). */
  item: ComparedItem;
  metrics: ComparisonMetrics;
  /** Official area as a multiple of the first zone's, or null where either is not published. */
  ratio: number | null;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Centroid-to-centroid distances, km, in the order of `rows`. */
  matrix: number[][];
}

/** Decimals shown and exported: metres would claim a precision indicative outlines do not have. */
export const DECIMALS = { mappedArea: 2, perimeter: 1, distance: 1, ratio: 2 } as const;

export function buildComparison(
  ids: readonly string[],
  zones: ZoneCollection,
  zoneMetrics: ReadonlyMap<string, ZoneMetrics>,
  measure: (feature: ComparedFeature) => ComparisonMetrics,
  userFeatures: readonly UserFeature[] = [],
): Comparison {
  const items = comparedItems(ids, zones.features, zoneMetrics, userFeatures);
  const firstArea = items[0]?.official_area_km2 ?? null;
  const rows = items.map((item) => ({
    item,
    metrics: measure({ id: item.id, geometry: item.geometry, mappedAreaKm2: item.mappedAreaKm2 }),
    ratio: areaRatio(item.official_area_km2, firstArea),
  }));
  return { rows, matrix: distanceMatrix(rows.map((row) => row.metrics.centroid)) };
}

/** The zone's districts in `language` (the zones give English names; the landmarks map them). */
export const districtNames = (row: ComparisonRow, landmarks: Landmarks | null, language: Language): string[] =>
  row.item.district.map((name) => (language === 'zh' ? (landmarks?.districts[name] ?? name) : name));

export const stationText = (row: ComparisonRow): string =>
  row.metrics.nearestStations.map((s) => `${s.name_zh} ${round(s.distanceKm, DECIMALS.distance)}`).join('; ');
