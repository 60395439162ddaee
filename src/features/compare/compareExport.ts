import type { Landmarks } from '../../data/landmarks';
import { round } from '../../geo/round';
import { localized, zoneName } from '../../i18n/index';
import type { Language } from '../../state/appState';
import type { ComparedItem } from './comparedItem';
import { DECIMALS, districtNames, stationText, type Comparison } from './compareModel';
import { t } from './strings';
import { type StringKey } from '../../i18n/translate';
import { referenceScope, referenceSourceText, type ReferenceRow } from './compareReferences';

/** The comparison's two files, CSV and GeoJSON, made from the model with the table's rounding. */

/** Where an imported feature came from, in the files (English, like the sources of the zones). */
const importedNote = (imported: NonNullable<ComparedItem['imported']>): string =>
  `Imported by the visitor from ${imported.fileName} on ${imported.importedAt.slice(0, 10)} (${imported.datum.toUpperCase()})`;

/** What makes a spreadsheet read a cell as a formula (OWASP's list, with a line feed for good measure). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * One CSV cell. Numbers are the atlas's own figures and stay numbers (negative ones too). Every string
 * may come from outside (an imported file's name, its file name) and is text: one that a spreadsheet
 * would run as a formula (`=HYPERLINK(…)`, `+1`, `-2+3`, `@SUM(…)`) gets a leading apostrophe, which
 * Excel and LibreOffice show as text. Then RFC 4180 quoting.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER_KEYS: StringKey[] = [
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
 * After the rows, a blank line and the distance matrix: its title, a header row of the names, and a
 * row per name (0 on the diagonal), so one file holds both tables of the panel.
 */
export function comparisonCsv(
  comparison: Comparison,
  landmarks: Landmarks | null,
  language: Language,
  references: readonly ReferenceRow[] = [],
): string {
  const first = comparison.rows[0];
  const firstName = first ? zoneName(first.item, language) : '';
  const header = HEADER_KEYS.map((key) =>
    t(language, key === 'compare.col.ratio' && comparison.ratioFromOutline ? 'compare.col.ratioMixed' : key, {
      first: firstName,
    }),
  );
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
      t(language, `compare.outline.${zone.outline}`),
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
  const names = comparison.rows.map((row) => zoneName(row.item, language));
  const referenceLines = references.map((row) => referenceCsvLine(row, language));
  const matrix = [
    [],
    [t(language, 'compare.matrix')],
    [t(language, 'compare.matrixCorner'), ...names],
    ...comparison.matrix.map((distances, i) => [names[i]!, ...distances.map((d) => round(d, DECIMALS.distance))]),
  ];
  const table = [header, ...lines, ...referenceLines, ...matrix];
  return `\uFEFF${table.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A reference row in the CSV: id `ref:<id>`, its published area and ratio, no measures, its sources. */
function referenceCsvLine(row: ReferenceRow, language: Language): (string | number | null)[] {
  return [
    `ref:${row.ref}`,
    row.name_en,
    row.name_zh,
    row.figure.km2,
    referenceScope(row, language),
    null,
    t(language, 'compare.ref.outline'),
    null,
    row.ratio === null ? null : round(row.ratio, DECIMALS.ratio),
    null,
    null,
    null,
    '',
    '',
    row.sources.map(referenceSourceText).join(' | '),
  ];
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
        // The official areas' ratio, or for an import (no official area) its outline's: see the flag.
        area_ratio_to_first: row.ratio === null ? null : round(row.ratio, DECIMALS.ratio),
        area_ratio_uses_outline_area: row.ratioFromOutline,
        centroid: m.centroid.map((c) => round(c, 5)),
        to_capital_airport_km: round(m.toCapitalAirportKm, DECIMALS.distance),
        to_daxing_airport_km: round(m.toDaxingAirportKm, DECIMALS.distance),
        to_tiananmen_km: round(m.toTiananmenKm, DECIMALS.distance),
        nearest_subway_stations: m.nearestStations.map((s) => ({
          name_zh: s.name_zh,
          distance_km: round(s.distanceKm, DECIMALS.distance),
        })),
        districts: zone.district ?? [],
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
      note: 'Outlines are indicative (not legal boundaries); official_area_km2 is the published figure, mapped_outline_area_km2 is measured on the drawn outline. area_ratio_to_first divides official areas, except for a feature the visitor imported (no official area), whose outline area is used (area_ratio_uses_outline_area). The districts of an import are those its outline lies in on the bundled district map. Distances are great-circle distances from centroids.',
      landmarks: landmarks?.source ?? '',
      features,
    },
    null,
    2,
  );
}

export type ComparisonFormat = 'csv' | 'geojson';

/** A download: its file name, media type and contents. */
export interface ComparisonFile {
  name: string;
  type: string;
  text: string;
}

/** The comparison as a file to download; `day` (YYYY-MM-DD) dates its name. */
export function comparisonFile(
  format: ComparisonFormat,
  comparison: Comparison,
  landmarks: Landmarks | null,
  language: Language,
  day: string,
  references: readonly ReferenceRow[] = [],
): ComparisonFile {
  return format === 'csv'
    ? {
        name: `ftz-compare-${day}.csv`,
        type: 'text/csv;charset=utf-8',
        text: comparisonCsv(comparison, landmarks, language, references),
      }
    : {
        name: `ftz-compare-${day}.geojson`,
        type: 'application/geo+json',
        text: comparisonGeoJson(comparison, landmarks),
      };
}
