import type { Source, ZoneProperties } from '../../data/schema';
import type { ZoneMetrics } from '../../geo/metrics';
import { summarizeParts } from '../../geo/parts';
import { formatArea, langTag, localized, otherLanguage, zoneNames } from '../../i18n/index';
import type { Language } from '../../state/appState';
import { compareToggle, updateCompareToggle } from '../compare';
import { partsSection, zoneLink } from './detailsParts';
import { element } from '../../shell/dom';
import { layOverButton } from '../planner';
import { createScope, type DetailsView, type Panel, type PanelContext } from '../../shell/panel';
import { externalLink } from '../../shell/safeLink';
import { zoneExtras } from './zoneRelations';
import { t } from './strings';

/**
 * A citation, as published: publisher and title stay in the language the data gives them (English), and
 * say so, so that a Chinese screen reader reads them as English.
 */
function sourceItem(source: Source, language: Language): HTMLLIElement {
  const label = `${source.publisher}, “${source.title}”, ${source.date}`;
  if (source.url.startsWith('seed:')) {
    return element('li', {}, element('span', { lang: 'en' }, label), ` (${t(language, 'details.seedArticle')})`);
  }
  return element('li', {}, externalLink(source.url, label, { lang: 'en' }));
}

function areaRows(zone: ZoneProperties, metrics: ZoneMetrics | undefined, language: Language): HTMLElement {
  const official =
    zone.official_area_km2 === null
      ? t(language, 'details.areaNotPublished')
      : formatArea(language, zone.official_area_km2);
  const rows: [string, string, string][] = [
    [t(language, 'details.officialArea'), official, 'official-area'],
    [t(language, 'details.scope'), localized(zone, 'area_scope', language), 'area-scope'],
  ];
  if (metrics && metrics.mappedAreaKm2 > 0) {
    rows.push([t(language, 'details.mappedArea'), formatArea(language, metrics.mappedAreaKm2, 2, 2), 'mapped-area']);
  }
  return element(
    'dl',
    { class: 'details-figures' },
    ...rows.flatMap(([term, value, name]) => [
      element('dt', {}, term),
      element('dd', { 'data-field': name, lang: langTag(language) }, value),
    ]),
  );
}

/** The header: kind with its colour, both names, and the close button. */
function detailsHeader(zone: ZoneProperties, color: string, language: Language, onClose: () => void): HTMLElement {
  const [primary, secondary] = zoneNames(zone, language);
  const closeButton = element(
    'button',
    { type: 'button', class: 'details-close', 'aria-label': t(language, 'details.close') },
    '×',
  );
  closeButton.addEventListener('click', onClose);
  const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = color;
  return element(
    'header',
    { class: 'details-header' },
    element('p', { class: 'details-kind' }, swatch, t(language, `kind.${zone.kind}`)),
    element('h2', { id: 'details-title', tabindex: '-1', lang: langTag(language) }, primary),
    element('p', { class: 'details-secondary-name', lang: langTag(otherLanguage(language)) }, secondary),
    closeButton,
  );
}

/** The "Lay over" button for a zone with an outline (its code loads on the first press). */
function layOver(id: string, context: PanelContext): HTMLButtonElement[] {
  const { zones } = context;
  const feature = zones.features.find((f) => f.properties.id === id);
  const button = feature
    ? layOverButton(
        {
          geometry: feature.geometry,
          name: { en: feature.properties.name_en, zh: feature.properties.name_zh },
          officialAreaKm2: feature.properties.official_area_km2,
        },
        context,
      )
    : null;
  return button ? [button] : [];
}

/** Everything the panel shows about one zone, in `language`. */
function detailsContent(zone: ZoneProperties, context: PanelContext, language: Language, onClose: () => void) {
  const { store, zones, metrics, colors } = context;
  const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
  // A demonstration zone lists the sectors it serves; other zones their focus industries.
  const sectors = localized(zone, 'sectors', language);
  const focus = sectors ?? localized(zone, 'focus', language);
  const parent = zone.parent ? byId.get(zone.parent) : undefined;
  const parts = summarizeParts(zone.id, zones, metrics);
  return [
    detailsHeader(zone, colors.get(zone.id) ?? '#777', language, onClose),
    ...(parent
      ? [
          element(
            'p',
            { class: 'details-parent' },
            `${t(language, 'details.partOf')}: `,
            element('span', { 'data-field': 'parent' }, zoneLink(parent, language, store)),
          ),
        ]
      : []),
    element('p', { class: 'details-membership' }, t(language, zone.in_ftz ? 'details.inFtz' : 'details.notInFtz')),
    areaRows(zone, metrics.get(zone.id), language),
    element('p', { class: `badge badge-${zone.outline}` }, t(language, `details.outline.${zone.outline}`)),
    element('p', { class: 'details-compare' }, compareToggle(zone.id, store), ...layOver(zone.id, context)),
    element('p', { class: 'details-description' }, localized(zone, 'description', language)),
    ...(parts ? partsSection(parts, byId, language, store) : []),
    ...(focus.length
      ? [
          element('h3', {}, t(language, sectors ? 'details.sectors' : 'details.focus')),
          element('ul', { class: 'details-focus' }, ...focus.map((f) => element('li', {}, f))),
        ]
      : []),
    ...zoneExtras(zone, byId, language, store),
    element('h3', {}, t(language, 'details.sources')),
    element('ul', { class: 'details-sources' }, ...zone.sources.map((s) => sourceItem(s, language))),
  ];
}

/** Focus that sits where the panel is about to cover it, or inside the panel's old content. */
function focusWillBeLost(panel: HTMLElement): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return false;
  return panel.contains(active) || active.closest('[data-covered-by-details]') !== null;
}

/**
 * Where focus goes around a draw: opening over the focused control (the zone list) moves it to the
 * title and closing gives it back; a draw that would drop focus from the panel puts it on the title.
 */
function detailsFocus(panel: HTMLElement) {
  let returnFocus: HTMLElement | null = null;
  const focusTitle = () => panel.querySelector<HTMLElement>('#details-title')?.focus();
  return {
    /** Draws for a new selection (or language). */
    selectionChanged(selected: string | null, previous: string | null, draw: () => void): void {
      const refocus = focusWillBeLost(panel);
      if (previous === null && selected !== null && refocus) returnFocus = document.activeElement as HTMLElement;
      draw();
      if (selected === null) {
        if (refocus && returnFocus?.isConnected) returnFocus.focus();
        returnFocus = null;
      } else if (refocus) {
        focusTitle();
      }
    },
    /** Draws the same selection again. */
    redraw(draw: () => void): void {
      const refocus = focusWillBeLost(panel);
      draw();
      if (refocus) focusTitle();
    },
  };
}

/**
 * The details panel: both names, kind, parent, official and mapped area, how the parts add up, focus
 * industries, description and sources of the selected zone. Closes on Escape and with its button.
 * When it opens over the control that had focus (the zone list), it takes focus, and gives it back
 * when it closes, so keyboard users are never left on a hidden element. A selected id that is not a
 * zone (an imported site) shows what a registered details source returns for it (`context.details`).
 */
export const detailsPanel: Panel = {
  id: 'details',
  slot: 'details',
  mount(panel, context) {
    const { store, zones, details: sources } = context;
    const scope = createScope();
    const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
    const focus = detailsFocus(panel);
    /** What a source drew for the selected id, kept to update its compare switches in place. */
    let sourceView: DetailsView | null = null;
    const close = () => store.update({ selectedId: null });

    const render = () => {
      const { selectedId, language } = store.get();
      const zone = selectedId === null ? undefined : byId.get(selectedId);
      sourceView = selectedId === null || zone ? null : sources.describe(selectedId, language, close);
      panel.hidden = !zone && !sourceView;
      panel.replaceChildren(...(zone ? detailsContent(zone, context, language, close) : (sourceView?.elements ?? [])));
    };

    scope.listen(document, 'keydown', (event) => {
      if (event.key === 'Escape' && store.get().selectedId !== null) close();
    });
    scope.add(
      store.select(
        (state) => [state.selectedId, state.language] as const,
        ([selected], [previous]) => focus.selectionChanged(selected, previous, render),
      ),
      // Updated in place, so the switch keeps focus when pressed.
      store.select(
        (state) => state.compare,
        () => {
          panel
            .querySelectorAll<HTMLButtonElement>('.compare-toggle[data-zone-id]')
            .forEach((b) => updateCompareToggle(b, store));
          sourceView?.updateCompare?.();
        },
      ),
      // A source's content changed (restored, removed): drawn again when the selection is not a zone.
      sources.subscribe(() => {
        const { selectedId } = store.get();
        if (selectedId !== null && !byId.has(selectedId)) focus.redraw(render);
      }),
      () => {
        panel.hidden = true;
        panel.replaceChildren();
      },
    );
    render();
    return scope.dispose;
  },
};
