import '../styles/compare.css';
import { downloadBlob } from '../export/image';
import type { Landmarks } from '../data/landmarks';
import { loadLandmarks } from '../data/loadLandmarks';
import { createComparisonCache, type ComparedFeature, type ComparisonMetrics } from '../geo/compare';
import { tc } from '../i18n/compare';
import { buildComparison, comparisonCsv, comparisonGeoJson } from './compareModel';
import { matrixTable, metricsTable } from './compareTable';
import { element } from './dom';
import { createScope, type Panel } from './panel';

/** Where Tiananmen is if the zones ever lose their reference point (the Gate of Heavenly Peace). */
const TIANANMEN_FALLBACK: [number, number] = [116.3975, 39.9087];

/**
 * The comparison panel: shown while the compare set (the `compare` link field) is non-empty, over the
 * bottom of the map. A table with a row per zone and a distance matrix, and CSV and GeoJSON downloads of
 * the same figures. Its code, styles and landmarks load after the first frame; the landmarks are
 * fetched only the first time the panel has something to show.
 */
/**
 * A table in a box that scrolls: focusable, so keyboard users can scroll it too (axe,
 * scrollable-region-focusable), and named after the table's caption.
 */
function scrollable(className: string, table: HTMLTableElement): HTMLDivElement {
  const label = table.caption?.textContent ?? '';
  return element('div', { class: className, tabindex: '0', role: 'group', 'aria-label': label }, table);
}

export const comparePanel: Panel = {
  id: 'compare',
  slot: 'compare',
  mount(panel, context) {
    const { store, zones, metrics } = context;
    const scope = createScope();
    let landmarks: Landmarks | null = null;
    let loadError: string | null = null;
    let loading: Promise<void> | null = null;
    let measure: ((feature: ComparedFeature) => ComparisonMetrics) | null = null;
    const tiananmen = zones.features.find((f) => f.properties.id === 'tiananmen')?.geometry;
    const tiananmenPoint = tiananmen?.type === 'Point' ? tiananmen.coordinates : TIANANMEN_FALLBACK;

    const remove = (id: string) => store.update({ compare: store.get().compare.filter((other) => other !== id) });

    const render = () => {
      const { compare, language } = store.get();
      panel.hidden = compare.length === 0;
      if (compare.length === 0) return panel.replaceChildren();
      const header = element(
        'header',
        { class: 'compare-header' },
        element('h2', { id: 'compare-heading' }, tc(language, 'compare.heading')),
      );
      const clear = element('button', { type: 'button', class: 'compare-clear' }, tc(language, 'compare.clear'));
      clear.addEventListener('click', () => store.update({ compare: [] }));
      header.append(clear);
      if (!measure) {
        const message = loadError
          ? tc(language, 'compare.loadError', { detail: loadError })
          : tc(language, 'compare.loading');
        return panel.replaceChildren(header, element('p', { class: 'compare-status' }, message));
      }
      const comparison = buildComparison(compare, zones, metrics, measure, store.get().userFeatures);
      const stamp = new Date().toISOString().slice(0, 10);
      const csv = element('button', { type: 'button' }, tc(language, 'compare.csv'));
      csv.addEventListener('click', () =>
        downloadBlob(
          new Blob([comparisonCsv(comparison, landmarks, language)], { type: 'text/csv;charset=utf-8' }),
          `ftz-compare-${stamp}.csv`,
        ),
      );
      const geojson = element('button', { type: 'button' }, tc(language, 'compare.geojson'));
      geojson.addEventListener('click', () =>
        downloadBlob(
          new Blob([comparisonGeoJson(comparison, landmarks)], { type: 'application/geo+json' }),
          `ftz-compare-${stamp}.geojson`,
        ),
      );
      panel.replaceChildren(
        header,
        element('p', { class: 'compare-note' }, tc(language, 'compare.note')),
        scrollable('compare-scroll', metricsTable(comparison, landmarks, language, remove)),
        scrollable('compare-scroll compare-scroll-matrix', matrixTable(comparison, language)),
        element('p', { class: 'compare-actions' }, element('span', {}, tc(language, 'compare.download')), csv, geojson),
        element('p', { class: 'compare-hint' }, tc(language, 'compare.hint')),
      );
    };

    /** The landmarks, fetched once, the first time there is something to compare. */
    const ensureLandmarks = () => {
      loading ??= loadLandmarks().then(
        (loaded) => {
          landmarks = loaded;
          measure = createComparisonCache(loaded, tiananmenPoint);
        },
        (error: unknown) => {
          loadError = error instanceof Error ? error.message : String(error);
        },
      );
      return loading;
    };

    const update = () => {
      render();
      if (store.get().compare.length > 0 && !measure) {
        void ensureLandmarks().then(() => {
          if (!disposed) render();
        });
      }
    };
    let disposed = false;
    scope.add(
      store.select((state) => [state.compare, state.language, state.userFeatures], update),
      () => {
        disposed = true;
        panel.hidden = true;
        panel.replaceChildren();
      },
    );
    update();
    return scope.dispose;
  },
};
