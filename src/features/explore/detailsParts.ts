import type { ZoneProperties } from '../../data/schema';
import type { PartsSummary } from '../../geo/parts';
import { formatArea, langTag, zoneName } from '../../i18n/index';
import type { AppStore, Language } from '../../state/appState';
import { element } from '../../shell/dom';
import { t } from './strings';

/** A button that opens another zone's details (its parent, or one of its parts). */
export function zoneLink(zone: ZoneProperties, language: Language, store: AppStore): HTMLButtonElement {
  const button = element(
    'button',
    { type: 'button', class: 'zone-link', lang: langTag(language), 'data-zone-id': zone.id },
    zoneName(zone, language),
  );
  button.addEventListener('click', () => store.update({ selectedId: zone.id }));
  return button;
}

/**
 * "Parts and how they add up": each part with its official and mapped area, the sum against the
 * official total, and a plain sentence on the difference (or on why there is no sum).
 */
export function partsSection(
  summary: PartsSummary,
  byId: ReadonlyMap<string, ZoneProperties>,
  language: Language,
  store: AppStore,
): HTMLElement[] {
  const area = (km2: number | null, decimals?: number) =>
    km2 === null ? t(language, 'details.areaNotPublished') : formatArea(language, km2, decimals ?? 3, decimals ?? 0);
  const rows = summary.parts.map((part) =>
    element(
      'tr',
      {},
      element('th', { scope: 'row' }, zoneLink(byId.get(part.id)!, language, store)),
      element('td', {}, area(part.officialKm2)),
      element('td', {}, part.mappedKm2 > 0 ? area(part.mappedKm2, 2) : '–'),
    ),
  );
  const sumRow = element(
    'tr',
    { class: 'parts-sum' },
    element('th', { scope: 'row' }, t(language, 'details.partsTotal')),
    element('td', { 'data-field': 'parts-sum' }, area(summary.publishedSumKm2)),
    element('td', {}, summary.mappedSumKm2 > 0 ? area(summary.mappedSumKm2, 2) : '–'),
  );
  const totalRow = element(
    'tr',
    { class: 'parts-total' },
    element('th', { scope: 'row' }, t(language, 'details.partsOfficial')),
    element('td', {}, area(summary.officialKm2)),
    element('td', {}),
  );
  let verdict = '';
  if (summary.publishedSumKm2 === null) {
    verdict = t(language, 'details.partsUnpublished', {
      count: summary.unpublishedCount,
      total: summary.parts.length,
    });
  } else if (summary.gapKm2 === 0) {
    verdict = t(language, 'details.partsMatch');
  } else if (summary.gapKm2 !== null) {
    verdict = t(language, 'details.partsGap', { gap: formatArea(language, Math.abs(summary.gapKm2)) });
  }
  return [
    element('h3', {}, t(language, 'details.parts')),
    element(
      'table',
      { class: 'parts-table' },
      element(
        'thead',
        {},
        element(
          'tr',
          {},
          element('th', { scope: 'col' }, t(language, 'details.part')),
          element('th', { scope: 'col' }, t(language, 'details.officialArea')),
          element('th', { scope: 'col' }, t(language, 'details.partsMapped')),
        ),
      ),
      element('tbody', {}, ...rows, sumRow, totalRow),
    ),
    ...(verdict ? [element('p', { class: 'parts-verdict', 'data-field': 'parts-verdict' }, verdict)] : []),
  ];
}
