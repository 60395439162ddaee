import { colorKeyOf, colorScale, type ColorKey } from '../../color/palette';
import type { ZoneCollection, ZoneKind } from '../../data/schema';
import { zoneName } from '../../i18n/index';
import type { Language } from '../../state/appState';
import { element } from '../../shell/dom';
import type { Panel } from '../../shell/panel';
import { t } from './strings';

export interface LegendEntry {
  key: ColorKey;
  color: string;
  label: string;
}

/**
 * The legend's colour rows, straight from the palette's scale: one row per colour key a zone on the
 * map uses, in the scale's order. An FTZ area's key is its id and its row is its name; other keys are
 * kinds. Pure, so a test can check it against the colours the map paints.
 */
export function legendEntries(zones: ZoneCollection, language: Language): LegendEntry[] {
  const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
  const used = new Set(zones.features.map((f) => colorKeyOf(f.properties, byId)));
  return colorScale
    .domain()
    .filter((key) => used.has(key))
    .map((key) => {
      const area = byId.get(key);
      const label = area ? zoneName(area, language) : t(language, `kind.${key as ZoneKind}`);
      return { key, color: colorScale(key), label };
    });
}

/** The legend: colours from the shared scale, then the outline styles, then the caveat about outlines. */
export const legendPanel: Panel = {
  id: 'legend',
  slot: 'legend',
  mount(container, { store, zones }) {
    const hasPoints = zones.features.some((f) => f.geometry.type === 'Point');
    const hasNested = zones.features.some((f) => f.properties.parent !== null);
    const render = () => {
      const { language } = store.get();
      const symbol = (className: string, label: string) =>
        element('li', {}, element('span', { class: `legend-symbol ${className}`, 'aria-hidden': 'true' }), label);
      const colourRows = legendEntries(zones, language).map((entry) => {
        const swatch = element('span', { class: 'legend-swatch', 'aria-hidden': 'true', 'data-color': entry.color });
        swatch.style.background = entry.color;
        return element('li', { 'data-legend-key': entry.key }, swatch, entry.label);
      });
      container.replaceChildren(
        element('h2', { class: 'panel-heading' }, t(language, 'legend.title')),
        element('p', { class: 'legend-caption' }, t(language, 'legend.colours')),
        element('ul', { class: 'legend-list' }, ...colourRows),
        element('p', { class: 'legend-caption' }, t(language, 'legend.shapes')),
        element(
          'ul',
          { class: 'legend-list' },
          symbol('legend-solid', t(language, 'legend.solid')),
          ...(hasNested ? [symbol('legend-dashed', t(language, 'legend.dashed'))] : []),
          ...(hasPoints ? [symbol('legend-point', t(language, 'legend.point'))] : []),
        ),
        element('p', { class: 'legend-note' }, t(language, 'legend.note')),
      );
    };
    render();
    const unsubscribe = store.select((state) => state.language, render);
    return () => {
      unsubscribe();
      container.replaceChildren();
    };
  },
};
