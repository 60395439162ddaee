import { userFeatureMetrics } from '../../geo/userMetrics';
import type { Datum, UserFeature } from '../../import/types';
import { formatArea, formatNumber } from '../../i18n/index';
import type { Language } from '../../state/appState';
import type { PanelContext } from '../../shell/panel';
import { layOverButton } from '../planner';
import { userCompareToggle } from './siteCompareToggle';
import { element } from '../../shell/dom';
import { t } from './strings';

/**
 * The details of an imported feature, in the details panel's place: its name, where it came from
 * (file, date, coordinate system), the area and perimeter measured on it, Add to compare, and the
 * file's properties as a table of text. Everything from the file is text (never HTML), so a property
 * holding markup or a `javascript:` link shows as the characters it is.
 */

export const datumLabel = (language: Language, datum: Datum): string => t(language, `user.datum.${datum}`);

/** The import date as the visitor reads dates, in their time zone (ISO 8601 if it does not parse). */
function importDate(language: Language, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' });
}

function propertiesTable(feature: UserFeature, language: Language): HTMLElement {
  const entries = Object.entries(feature.properties);
  if (entries.length === 0) return element('p', { class: 'user-details-empty' }, t(language, 'user.noProperties'));
  return element(
    'table',
    { class: 'user-properties', 'data-user-properties': '' },
    element(
      'thead',
      {},
      element(
        'tr',
        {},
        element('th', { scope: 'col' }, t(language, 'user.property')),
        element('th', { scope: 'col' }, t(language, 'user.value')),
      ),
    ),
    element(
      'tbody',
      {},
      ...entries.map(([key, value]) =>
        element('tr', {}, element('th', { scope: 'row' }, key), element('td', {}, value)),
      ),
    ),
  );
}

export function userFeatureDetails(
  feature: UserFeature,
  language: Language,
  context: Pick<PanelContext, 'store' | 'planner'>,
  onClose: () => void,
): HTMLElement[] {
  const { store } = context;
  const { areaKm2, perimeterKm } = userFeatureMetrics(feature);
  const close = element(
    'button',
    { type: 'button', class: 'details-close', 'aria-label': t(language, 'details.close') },
    '×',
  );
  close.addEventListener('click', onClose);
  const source = t(language, 'user.source', {
    file: feature.fileName,
    date: importDate(language, feature.importedAt),
    datum: datumLabel(language, feature.datum),
  });
  return [
    element(
      'header',
      { class: 'details-header' },
      element(
        'p',
        { class: 'details-kind' },
        element('span', { class: 'swatch user-swatch', 'aria-hidden': 'true' }),
        t(language, 'user.kind'),
      ),
      // The name may be in any language: no lang attribute claims one.
      element('h2', { id: 'details-title', tabindex: '-1', 'data-user-feature-id': feature.id }, feature.name),
      close,
    ),
    element('p', { class: 'details-membership', 'data-field': 'imported-from' }, source),
    element('p', { class: 'user-details-note' }, t(language, 'user.notOfficial')),
    element(
      'dl',
      { class: 'details-figures' },
      element('dt', {}, t(language, 'details.officialArea')),
      element('dd', { 'data-field': 'official-area' }, t(language, 'details.areaNotPublished')),
      element('dt', {}, t(language, 'user.mappedArea')),
      element('dd', { 'data-field': 'mapped-area' }, formatArea(language, areaKm2, 2, 2)),
      element('dt', {}, t(language, 'user.perimeter')),
      element(
        'dd',
        { 'data-field': 'perimeter' },
        `${formatNumber(language, perimeterKm, 1, 1)} ${language === 'zh' ? '公里' : 'km'}`,
      ),
    ),
    element(
      'p',
      { class: 'details-compare' },
      userCompareToggle(feature.id, store),
      // Lay a planner's own site over a zone (or anywhere) at its true size.
      ...[layOverButton({ geometry: feature.geometry, name: feature.name, officialAreaKm2: null }, context)].filter(
        (button): button is HTMLButtonElement => button !== null,
      ),
    ),
    element('h3', {}, t(language, 'user.properties')),
    propertiesTable(feature, language),
  ];
}
