import type { Landmarks } from '../../data/landmarks';
import type { ZoneCollection } from '../../data/schema';
import { areaRatio, distanceMatrix, type ComparedFeature, type ComparisonMetrics } from '../../geo/compare';
import type { ZoneMetrics } from '../../geo/metrics';
import { round } from '../../geo/round';
import type { UserFeature } from '../../import/types';
import type { Language } from '../../state/appState';
import { comparedItems, type ComparedItem, type DistrictFinder } from './comparedItem';

/**
 * The comparison as data, before any DOM: one row per compared zone and the distance matrix. The
 * table, the CSV and the GeoJSON are all made from this, so a file always holds the figures shown,
 * rounded the same way.
 */

export interface ComparisonRow {
  /** A zone or an imported feature (comparedItem.ts). */
  item: ComparedItem;
  metrics: ComparisonMetrics;
  /** Area as a multiple of the first row's (see `ratioArea`), or null where either has none. */
  ratio: number | null;
  /** The ratio used an outline's area, this row's or the first row's, for want of an official one. */
  ratioFromOutline: boolean;
}

export interface Comparison {
  rows: ComparisonRow[];
  /** Centroid-to-centroid distances, km, in the order of `rows`. */
  matrix: number[][];
  /** Some ratio used an outline's area: the table and the files say so. */
  ratioFromOutline: boolean;
}

/** Decimals shown and exported: metres would claim a precision indicative outlines do not have. */
export const DECIMALS = { mappedArea: 2, perimeter: 1, distance: 1, ratio: 2 } as const;

/**
 * The area the ratio column measures: the official figure; for an imported feature, which has none,
 * the area of its outline, which is the visitor's own drawing of their site. A zone without an
 * official figure gets none: its outline is a schematic of unknown size, and a ratio would invent one.
 */
export function ratioArea(item: ComparedItem): { km2: number; fromOutline: boolean } | null {
  if (item.official_area_km2 !== null) return { km2: item.official_area_km2, fromOutline: false };
  return item.imported && item.mappedAreaKm2 > 0 ? { km2: item.mappedAreaKm2, fromOutline: true } : null;
}

/** Where Tiananmen is if the zones ever lose their reference point (the Gate of Heavenly Peace). */
export const TIANANMEN_FALLBACK: [number, number] = [116.3975, 39.9087];

/** The point the "to Tiananmen" distances are measured from: the zones' own reference point. */
export function tiananmenPoint(zones: ZoneCollection): [number, number] {
  const tiananmen = zones.features.find((f) => f.properties.id === 'tiananmen')?.geometry;
  return tiananmen?.type === 'Point' ? tiananmen.coordinates : TIANANMEN_FALLBACK;
}

export function buildComparison(
  ids: readonly string[],
  zones: ZoneCollection,
  zoneMetrics: ReadonlyMap<string, ZoneMetrics>,
  measure: (feature: ComparedFeature) => ComparisonMetrics,
  userFeatures: readonly UserFeature[] = [],
  districtsOf?: DistrictFinder,
): Comparison {
  const items = comparedItems(ids, zones.features, zoneMetrics, userFeatures, districtsOf);
  const reference = items[0] ? ratioArea(items[0]) : null;
  const rows = items.map((item) => {
    const area = ratioArea(item);
    const ratio = areaRatio(area?.km2 ?? null, reference?.km2 ?? null);
    return {
      item,
      metrics: measure({ id: item.id, geometry: item.geometry, mappedAreaKm2: item.mappedAreaKm2 }),
      ratio,
      ratioFromOutline: ratio !== null && (area!.fromOutline || reference!.fromOutline),
    };
  });
  return {
    rows,
    matrix: distanceMatrix(rows.map((row) => row.metrics.centroid)),
    ratioFromOutline: rows.some((row) => row.ratioFromOutline),
  };
}

/**
 * The row's districts in `language` (the zones give English names; the landmarks map them); empty
 * while an import's are still being found.
 */
export const districtNames = (row: ComparisonRow, landmarks: Landmarks | null, language: Language): string[] =>
  (row.item.district ?? []).map((name) => (language === 'zh' ? (landmarks?.districts[name] ?? name) : name));

export const stationText = (row: ComparisonRow): string =>
  row.metrics.nearestStations.map((s) => `${s.name_zh} ${round(s.distanceKm, DECIMALS.distance)}`).join('; ');
