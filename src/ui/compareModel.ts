import type { Landmarks } from '../data/landmarks';
import type { ZoneCollection } from '../data/schema';
import { areaRatio, distanceMatrix, type ComparedFeature, type ComparisonMetrics } from '../geo/compare';
import type { ZoneMetrics } from '../geo/metrics';
import { round } from '../geo/round';
import { localized, zoneName } from '../i18n';
import { tc, type ComparePanelKey } from '../i18n/compare';
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

/** Where an imported feature came from, in the files (English, like the sources of the zones). */
const importedNote = (imported: NonNullable<ComparedItem['imported']>): string =>
  `Imported by the visitor from ${imported.fileName} on ${imported.importedAt.slice(0, 10)} (${imported.datum.toUpperCase()})`;

const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const HEADER_KEYS: ComparePanelKey[] = [
  'compare.col.id',
  'compare.col.nameEn',
  'compare.col.nameZh',
  'compare.col.official',
  'compare.col.scope',
  'compare.col.mapped',
  'compare.col.outline',
  'compare.col.perimeter',
  'compare.col.ratio',
  'compare.col.capital',
  'compare.col.daxing',
  'compare.col.tiananmen',
  'compare.col.stations',
  'compare.col.districts',
  'compare.col.sources',
];

/**
 * The table as CSV: UTF-8 with a byte-order mark (without it Excel reads the Chinese names as
 * Latin-1), CRLF line ends (RFC 4180), units in the headers, plain decimal points whatever the language.
 */
export function comparisonCsv(comparison: Comparison, landmarks: Landmarks | null, language: Language): string {
  const first = comparison.rows[0];
  const firstName = first ? zoneName(first.item, language) : '';
  const header = HEADER_KEYS.map((key) => tc(language, key, { first: firstName }));
  const lines = comparison.rows.map((row) => {
    const zone = row.item;
    const m = row.metrics;
    return [
      zone.id,
      zone.name_en,
      zone.name_zh,
      zone.official_area_km2,
      localized(zone, 'area_scope', language),
      zone.outline === 'point' ? null : round(m.mappedAreaKm2, DECIMALS.mappedArea),
      tc(language, `compare.outline.${zone.outline}`),
      zone.outline === 'point' ? null : round(m.perimeterKm, DECIMALS.perimeter),
      row.ratio === null ? null : round(row.ratio, DECIMALS.ratio),
      round(m.toCapitalAirportKm, DECIMALS.distance),
      round(m.toDaxingAirportKm, DECIMALS.distance),
      round(m.toTiananmenKm, DECIMALS.distance),
      stationText(row),
      districtNames(row, landmarks, language).join('; '),
      zone.imported
        ? importedNote(zone.imported)
        : zone.sources
            .map((s) => `${s.publisher}, ${s.title}, ${s.date}${s.url.startsWith('http') ? `, ${s.url}` : ''}`)
            .join(' | '),
    ];
  });
  return `\uFEFF${[header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The compared features with their computed metrics, as one GeoJSON FeatureCollection. */
export function comparisonGeoJson(comparison: Comparison, landmarks: Landmarks | null): string {
  const features = comparison.rows.map((row, index) => {
    const zone = row.item;
    const m = row.metrics;
    return {
      type: 'Feature',
      id: zone.id,
      properties: {
        id: zone.id,
        name_en: zone.name_en,
        name_zh: zone.name_zh,
        official_area_km2: zone.official_area_km2,
        official_area_covers: zone.area_scope,
        outline: zone.outline,
        mapped_outline_area_km2: round(m.mappedAreaKm2, DECIMALS.mappedArea),
        outline_perimeter_km: round(m.perimeterKm, DECIMALS.perimeter),
        official_area_ratio_to_first: row.ratio === null ? null : round(row.ratio, DECIMALS.ratio),
        centroid: m.centroid.map((c) => round(c, 5)),
        to_capital_airport_km: round(m.toCapitalAirportKm, DECIMALS.distance),
        to_daxing_airport_km: round(m.toDaxingAirportKm, DECIMALS.distance),
        to_tiananmen_km: round(m.toTiananmenKm, DECIMALS.distance),
        nearest_subway_stations: m.nearestStations.map((s) => ({
          name_zh: s.name_zh,
          distance_km: round(s.distanceKm, DECIMALS.distance),
        })),
        districts: zone.district,
        centroid_distances_km: Object.fromEntries(
          comparison.rows.map((other, j) => [other.item.id, round(comparison.matrix[index]![j]!, 1)]),
        ),
        sources: zone.sources,
        ...(zone.imported ? { imported_from: importedNote(zone.imported) } : {}),
      },
      geometry: zone.geometry,
    };
  });
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      note: 'Outlines are indicative (not legal boundaries); official_area_km2 is the published figure, mapped_outline_area_km2 is measured on the drawn outline. Distances are great-circle distances from centroids.',
      landmarks: landmarks?.source ?? '',
      features,
    },
    null,
    2,
  );
}
