import type { Landmarks } from '../../data/landmarks';
import { round } from '../../geo/round';
import { formatNumber, langTag, localized, zoneName } from '../../i18n/index';
import type { Language } from '../../state/appState';
import { MAX_COMPARED } from '../../state/compareSet';
import { DECIMALS, districtNames, type Comparison, type ComparisonRow } from './compareModel';
import { element } from '../../shell/dom';
import { t } from './strings';
import type { ComparedItem } from './comparedItem';
import { referenceScope, referenceSourceText, type ReferenceRow } from './compareReferences';

/** What the rows' buttons do. */
export interface RowActions {
  remove(id: string): void;
  removeReference(ref: string): void;
  /** The row's "Lay over" button, or null where there is none (a point; no WebGL; embedded). */
  layOver(item: ComparedItem, label: string): HTMLElement | null;
}

/** The comparison's two tables, built from the model (compareModel.ts); every outside string is text. */

const km = (language: Language, value: number) => formatNumber(language, round(value, DECIMALS.distance), 1, 1);

function cells(row: ComparisonRow, landmarks: Landmarks | null, language: Language): (string | HTMLElement)[] {
  const zone = row.item;
  const m = row.metrics;
  const isPoint = zone.outline === 'point';
  const official =
    zone.official_area_km2 === null
      ? t(language, 'compare.notPublished')
      : formatNumber(language, zone.official_area_km2, 3);
  const stations = element(
    'ul',
    { class: 'compare-stations', lang: 'zh-CN' },
    ...m.nearestStations.map((s) =>
      element('li', {}, `${s.name_zh} `, element('span', {}, km(language, s.distanceKm))),
    ),
  );
  return [
    official,
    element('span', { lang: langTag(language) }, localized(zone, 'area_scope', language)),
    isPoint ? '—' : formatNumber(language, m.mappedAreaKm2, DECIMALS.mappedArea, DECIMALS.mappedArea),
    t(language, `compare.outline.${zone.outline}`),
    isPoint ? '—' : formatNumber(language, m.perimeterKm, DECIMALS.perimeter, DECIMALS.perimeter),
    row.ratio === null
      ? '—'
      : `${formatNumber(language, row.ratio, DECIMALS.ratio, DECIMALS.ratio)}×${row.ratioFromOutline ? '*' : ''}`,
    km(language, m.toCapitalAirportKm),
    km(language, m.toDaxingAirportKm),
    km(language, m.toTiananmenKm),
    stations,
    districtCell(row, landmarks, language),
  ];
}

/** The districts, or for an import "finding…" while the boundaries load and "outside Beijing" for none. */
function districtCell(row: ComparisonRow, landmarks: Landmarks | null, language: Language): string {
  if (row.item.district === null) return t(language, 'compare.districtsPending');
  const names = districtNames(row, landmarks, language);
  if (names.length === 0 && row.item.imported) return t(language, 'compare.outsideBeijing');
  return names.join(language === 'zh' ? '、' : ', ');
}

/** The main table: a row per zone, a column per figure, each header naming what it is and its unit. */
export function metricsTable(
  comparison: Comparison,
  landmarks: Landmarks | null,
  language: Language,
  actions: RowActions,
  references: readonly ReferenceRow[] = [],
): HTMLTableElement {
  const first = comparison.rows[0];
  const firstName = first ? zoneName(first.item, language) : '';
  const headers = [
    t(language, 'compare.col.zone'),
    t(language, 'compare.col.official'),
    t(language, 'compare.col.scope'),
    t(language, 'compare.col.mapped'),
    t(language, 'compare.col.outline'),
    t(language, 'compare.col.perimeter'),
    t(language, comparison.ratioFromOutline ? 'compare.col.ratioMixed' : 'compare.col.ratio', { first: firstName }),
    t(language, 'compare.col.capital'),
    t(language, 'compare.col.daxing'),
    t(language, 'compare.col.tiananmen'),
    t(language, 'compare.col.stations'),
    t(language, 'compare.col.districts'),
  ];
  const body = comparison.rows.map((row) => {
    const zone = row.item;
    const name = zoneName(zone, language);
    const remove = element(
      'button',
      { type: 'button', class: 'compare-remove', 'aria-label': t(language, 'compare.remove', { name }) },
      '×',
    );
    remove.addEventListener('click', () => actions.remove(zone.id));
    const layOver = actions.layOver(zone, t(language, 'compare.layOverLabel', { name }));
    return element(
      'tr',
      { 'data-zone-id': zone.id },
      // The name and its × on one line (the × no longer wraps under a long name); the column is pinned.
      element(
        'th',
        { scope: 'row' },
        element('div', { class: 'compare-name' }, element('span', { lang: langTag(language) }, name), remove),
        ...(layOver ? [layOver] : []),
      ),
      ...cells(row, landmarks, language).map((cell, i) =>
        element('td', i === 1 ? { class: 'compare-scope' } : {}, cell),
      ),
    );
  });
  return element(
    'table',
    { class: 'compare-table', 'data-table': 'metrics' },
    element('caption', {}, t(language, 'compare.caption', { count: comparison.rows.length, max: MAX_COMPARED })),
    element('thead', {}, element('tr', {}, ...headers.map((h) => element('th', { scope: 'col' }, h)))),
    element('tbody', {}, ...body, ...references.map((ref) => referenceTr(ref, language, actions))),
  );
}

/** A reference row: its name marked as a reference, its published area and ratio; no outline, no measures. */
function referenceTr(row: ReferenceRow, language: Language, actions: RowActions): HTMLElement {
  const name = zoneName(row, language);
  const remove = element(
    'button',
    { type: 'button', class: 'compare-remove', 'aria-label': t(language, 'compare.ref.remove', { name }) },
    '×',
  );
  remove.addEventListener('click', () => actions.removeReference(row.ref));
  const { km2 } = row.figure;
  // Publisher and date here; the addresses go into the CSV and the chart's table of sources.
  const sources = row.sources.map((source) => referenceSourceText({ ...source, url: null })).join('; ');
  const cells: (string | HTMLElement)[] = [
    km2 === null ? t(language, 'compare.notPublished') : formatNumber(language, km2, 3),
    element(
      'span',
      { lang: langTag(language) },
      referenceScope(row, language),
      element('span', { class: 'compare-ref-sources' }, t(language, 'compare.ref.sources', { sources })),
    ),
    '—',
    t(language, 'compare.ref.outline'),
    '—',
    row.ratio === null ? '—' : `${formatNumber(language, row.ratio, DECIMALS.ratio, DECIMALS.ratio)}×`,
    '—',
    '—',
    '—',
    '—',
    '—',
  ];
  return element(
    'tr',
    { class: 'compare-reference', 'data-reference': row.ref },
    element(
      'th',
      { scope: 'row' },
      element('div', { class: 'compare-name' }, element('span', { lang: langTag(language) }, name), remove),
      element('span', { class: 'compare-ref-badge' }, t(language, 'compare.ref.badge')),
    ),
    ...cells.map((cell, i) => element('td', i === 1 ? { class: 'compare-scope' } : {}, cell)),
  );
}

/** The centroid-to-centroid distance matrix. */
export function matrixTable(comparison: Comparison, language: Language): HTMLTableElement {
  const names = comparison.rows.map((row) => zoneName(row.item, language));
  return element(
    'table',
    { class: 'compare-table compare-matrix', 'data-table': 'matrix' },
    element('caption', {}, t(language, 'compare.matrix')),
    element(
      'thead',
      {},
      element(
        'tr',
        {},
        element('td', {}, t(language, 'compare.matrixCorner')),
        ...names.map((n) => element('th', { scope: 'col' }, n)),
      ),
    ),
    element(
      'tbody',
      {},
      ...comparison.matrix.map((distances, i) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row' }, names[i]!),
          ...distances.map((d, j) => element('td', {}, i === j ? '—' : km(language, d))),
        ),
      ),
    ),
  );
}
