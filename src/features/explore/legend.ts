import { legendEntries } from '../../color/legend';
import { element } from '../../shell/dom';
import type { Panel } from '../../shell/panel';
import { t } from './strings';

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
