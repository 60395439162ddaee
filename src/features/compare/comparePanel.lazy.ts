import './compare.css';
import './compareTable.css';
import { downloadBlob } from '../../export/image';
import type { Landmarks } from '../../data/landmarks';
import { loadDistricts } from '../../data/loadDistricts';
import { loadLandmarks } from '../../data/loadLandmarks';
import { createComparisonCache, type ComparedFeature, type ComparisonMetrics } from '../../geo/compare';
import { createDistrictCache } from '../../geo/districts';
import { userGeometry } from '../../geo/userMetrics';
import { isUserFeatureId } from '../../state/userFeatures';
import type { DistrictFinder } from './comparedItem';
import { MAX_COMPARED } from '../../state/compareSet';
import { comparisonCsv, comparisonGeoJson } from './compareExport';
import { buildComparison } from './compareModel';
import { scrollingTable } from './compareScroll';
import { matrixTable, metricsTable } from './compareTable';
import { element } from '../../shell/dom';
import { createScope, type Panel } from '../../shell/panel';
import { t } from './strings';

/** Where Tiananmen is if the zones ever lose their reference point (the Gate of Heavenly Peace). */
const TIANANMEN_FALLBACK: [number, number] = [116.3975, 39.9087];

/**
 * The comparison panel: shown while the compare set (the `compare` link field) is non-empty, over the
 * bottom of the map (on a phone, over the bottom of the screen). Its head never scrolls, so the
 * downloads, "Hide table" and "Clear" are always in reach; below it one body scrolls up and down, and
 * each table scrolls sideways with its first column pinned. Its code, styles and landmarks load after
 * the first frame; the landmarks are fetched only the first time the panel has something to show.
 */
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
    /** Districts of imports; null until the first import is compared and the boundaries have loaded. */
    let districtsOf: DistrictFinder | null = null;
    let districtsLoading: Promise<void> | null = null;
    /** "Hide table": the panel shrinks to its head, so the map (or, on a phone, the zone list) shows. */
    let collapsed = false;
    /** The table boxes' observers, undone at each render. */
    let disposeTables: (() => void)[] = [];
    const tiananmen = zones.features.find((f) => f.properties.id === 'tiananmen')?.geometry;
    const tiananmenPoint = tiananmen?.type === 'Point' ? tiananmen.coordinates : TIANANMEN_FALLBACK;

    const remove = (id: string) => store.update({ compare: store.get().compare.filter((other) => other !== id) });

    /** The head's buttons: downloads (once measured), hide/show and clear. */
    const tools = (downloads: HTMLElement[], body: HTMLElement | null) => {
      const { language } = store.get();
      const clear = element('button', { type: 'button', class: 'compare-clear' }, t(language, 'compare.clear'));
      clear.addEventListener('click', () => store.update({ compare: [] }));
      const toggle = element('button', {
        type: 'button',
        class: 'compare-collapse',
        'aria-controls': 'compare-body',
      });
      const renderToggle = () => {
        toggle.setAttribute('aria-expanded', String(!collapsed));
        toggle.textContent = t(language, collapsed ? 'compare.show' : 'compare.hide');
        panel.toggleAttribute('data-collapsed', collapsed);
        if (body) body.hidden = collapsed;
      };
      toggle.addEventListener('click', () => {
        collapsed = !collapsed;
        renderToggle();
      });
      renderToggle();
      const download = downloads.length
        ? [
            element(
              'span',
              { class: 'compare-downloads', role: 'group', 'aria-labelledby': 'compare-download-label' },
              element('span', { id: 'compare-download-label' }, t(language, 'compare.download')),
              ...downloads,
            ),
          ]
        : [];
      return { toggle: body ? [toggle] : [], actions: element('div', { class: 'compare-tools' }, ...download, clear) };
    };

    /** The head: the title with "Hide table" beside it, then the downloads and "Clear". */
    const head = (heading: HTMLElement, parts: ReturnType<typeof tools>) =>
      element(
        'header',
        { class: 'compare-header' },
        element('div', { class: 'compare-title' }, heading, ...parts.toggle),
        parts.actions,
      );

    const render = () => {
      const { compare, language } = store.get();
      disposeTables.forEach((dispose) => dispose());
      disposeTables = [];
      panel.hidden = compare.length === 0;
      if (compare.length === 0) return panel.replaceChildren();
      // The count stays in sight when the table is hidden, so an addition still shows.
      const heading = element(
        'h2',
        { id: 'compare-heading' },
        t(language, 'compare.heading'),
        ' ',
        element(
          'span',
          { class: 'compare-count' },
          t(language, 'compare.count', { count: compare.length, max: MAX_COMPARED }),
        ),
      );
      if (!measure) {
        const message = loadError
          ? t(language, 'compare.loadError', { detail: loadError })
          : t(language, 'compare.loading');
        return panel.replaceChildren(
          head(heading, tools([], null)),
          element('p', { class: 'compare-status' }, message),
        );
      }
      const comparison = buildComparison(
        compare,
        zones,
        metrics,
        measure,
        store.get().userFeatures,
        districtsOf ?? undefined,
      );
      const stamp = new Date().toISOString().slice(0, 10);
      const csv = element('button', { type: 'button', 'data-download': 'csv' }, t(language, 'compare.csv'));
      csv.addEventListener('click', () =>
        downloadBlob(
          new Blob([comparisonCsv(comparison, landmarks, language)], { type: 'text/csv;charset=utf-8' }),
          `ftz-compare-${stamp}.csv`,
        ),
      );
      const geojson = element('button', { type: 'button', 'data-download': 'geojson' }, t(language, 'compare.geojson'));
      geojson.addEventListener('click', () =>
        downloadBlob(
          new Blob([comparisonGeoJson(comparison, landmarks)], { type: 'application/geo+json' }),
          `ftz-compare-${stamp}.geojson`,
        ),
      );
      const tables = [
        scrollingTable(metricsTable(comparison, landmarks, language, remove), 'compare-metrics'),
        scrollingTable(matrixTable(comparison, language), 'compare-matrix-wrap'),
      ];
      disposeTables = tables.map((table) => table.dispose);
      const body = element(
        'div',
        { id: 'compare-body', class: 'compare-body' },
        tables[0]!.root,
        // The footnote of the ratios marked *, right under them.
        ...(comparison.ratioFromOutline
          ? [element('p', { class: 'compare-note', 'data-ratio-note': '' }, t(language, 'compare.ratioNote'))]
          : []),
        tables[1]!.root,
        element('p', { class: 'compare-note' }, t(language, 'compare.note')),
        element('p', { class: 'compare-hint' }, t(language, 'compare.hint')),
      );
      panel.replaceChildren(head(heading, tools([csv, geojson], body)), body);
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

    /**
     * The district boundaries (the bundled basemap, usually in the browser's cache already), fetched
     * the first time an import is compared. If they fail, the import's districts stay "finding…"
     * rather than claim it lies nowhere.
     */
    const ensureDistricts = () => {
      districtsLoading ??= loadDistricts(document.baseURI).then(
        (districts) => {
          const find = createDistrictCache(districts);
          districtsOf = (feature) => find(feature.id, userGeometry(feature));
        },
        () => {},
      );
      return districtsLoading;
    };

    const update = () => {
      render();
      const { compare } = store.get();
      if (compare.length > 0 && !measure) {
        void ensureLandmarks().then(() => {
          if (!disposed) render();
        });
      }
      if (!districtsOf && compare.some(isUserFeatureId)) {
        void ensureDistricts().then(() => {
          if (!disposed && districtsOf) render();
        });
      }
    };
    let disposed = false;
    scope.add(
      store.select((state) => [state.compare, state.language, state.userFeatures], update),
      () => {
        disposed = true;
        disposeTables.forEach((dispose) => dispose());
        panel.hidden = true;
        panel.replaceChildren();
      },
    );
    update();
    return scope.dispose;
  },
};
