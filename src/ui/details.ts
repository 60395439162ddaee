import type { ZoneCollection, ZoneProperties, Source } from '../data/schema';
import type { ZoneMetrics } from '../geo/metrics';
import { formatArea, t } from '../i18n';
import type { AppStore, Language } from '../state/appState';
import { element } from './dom';
import { zoneExtras } from './zoneRelations';

interface DetailsOptions {
  panel: HTMLElement;
  store: AppStore;
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
}

function sourceItem(source: Source, language: Language): HTMLLIElement {
  const label = `${source.publisher}, “${source.title}”, ${source.date}`;
  if (source.url.startsWith('seed:')) {
    return element('li', {}, `${label} (${t(language, 'details.seedArticle')})`);
  }
  return element('li', {}, element('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, label));
}

function areaRows(zone: ZoneProperties, metrics: ZoneMetrics | undefined, language: Language): HTMLElement {
  const official =
    zone.official_area_km2 === null
      ? t(language, 'details.areaNotPublished')
      : formatArea(language, zone.official_area_km2);
  const rows: [string, string, string][] = [[t(language, 'details.officialArea'), official, 'official-area']];
  rows.push([t(language, 'details.scope'), zone.area_scope, 'area-scope']);
  if (metrics && metrics.mappedAreaKm2 > 0) {
    rows.push([t(language, 'details.mappedArea'), formatArea(language, metrics.mappedAreaKm2, 2), 'mapped-area']);
  }
  return element(
    'dl',
    { class: 'details-figures' },
    ...rows.flatMap(([term, value, name]) => [element('dt', {}, term), element('dd', { 'data-field': name }, value)]),
  );
}

/** The details panel: shows the selected zone's names, areas, focus and sources, and closes on Escape. */
export function mountDetails({ panel, store, zones, metrics, colors }: DetailsOptions): void {
  const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));

  const close = () => store.update({ selectedId: null });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.get().selectedId !== null) close();
  });

  const render = () => {
    const { selectedId, language } = store.get();
    const zone = selectedId === null ? undefined : byId.get(selectedId);
    panel.hidden = !zone;
    if (!zone) {
      panel.replaceChildren();
      return;
    }
    const [primary, secondary] = language === 'zh' ? [zone.name_zh, zone.name_en] : [zone.name_en, zone.name_zh];
    const closeButton = element(
      'button',
      { type: 'button', class: 'details-close', 'aria-label': t(language, 'details.close') },
      '×',
    );
    closeButton.addEventListener('click', close);
    const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = colors.get(zone.id) ?? '#777';
    // A demonstration zone lists the sectors it serves; other zones their focus industries.
    const sectors = language === 'zh' ? zone.sectors_zh : zone.sectors_en;
    const focus = sectors ?? (language === 'zh' ? zone.focus_zh : zone.focus_en);
    const outlineKey = `details.outline.${zone.outline}` as const;
    panel.replaceChildren(
      element(
        'header',
        { class: 'details-header' },
        element('p', { class: 'details-kind' }, swatch, t(language, `kind.${zone.kind}`)),
        element('h2', { id: 'details-title', lang: language === 'zh' ? 'zh-CN' : 'en' }, primary),
        element('p', { class: 'details-secondary-name', lang: language === 'zh' ? 'en' : 'zh-CN' }, secondary),
        closeButton,
      ),
      element('p', { class: 'details-membership' }, t(language, zone.in_ftz ? 'details.inFtz' : 'details.notInFtz')),
      areaRows(zone, metrics.get(zone.id), language),
      element('p', { class: `badge badge-${zone.outline}` }, t(language, outlineKey)),
      element('p', { class: 'details-description' }, language === 'zh' ? zone.description_zh : zone.description_en),
      ...(focus.length
        ? [
            element('h3', {}, t(language, sectors ? 'details.sectors' : 'details.focus')),
            element('ul', { class: 'details-focus' }, ...focus.map((f) => element('li', {}, f))),
          ]
        : []),
      ...zoneExtras(zone, byId, language, (id) => store.update({ selectedId: id })),
      element('h3', {}, t(language, 'details.sources')),
      element('ul', { class: 'details-sources' }, ...zone.sources.map((s) => sourceItem(s, language))),
    );
  };

  store.subscribe((state, previous) => {
    if (state.selectedId !== previous.selectedId || state.language !== previous.language) render();
  });
  render();
}
