import './charts.css';
import type { Loaded, StatisticsData } from '../../data/loadStats';
import { loadChartStatistics } from './statisticsLoad';
import { CHARTS } from './registry';
import { chartCss, THEME_COLORS } from './chartCss';
import type { ChartData, ChartSignal } from './types';
import type { SignalTarget } from './svg';
import type { Padding } from '../../map/types';
import { createChartFigure, type ChartFigure, type FigureData } from './chartFigure';
import { element } from '../../shell/dom';
import { createScope, type Panel, type PanelContext, type Scope } from '../../shell/panel';
import { t } from './strings';

type Needs = readonly (keyof StatisticsData)[];

/** The data each chart gets: everything loaded, or the first missing file's message. */
function figureData(
  needs: Needs,
  base: Pick<ChartData, 'zones' | 'metrics' | 'colors'>,
  loaded: Loaded<StatisticsData> | null,
): FigureData {
  if (needs.length === 0) return { ok: true, data: base as ChartData };
  if (!loaded) return { ok: false, message: '', loading: true };
  const missing = needs.map((key) => loaded[key]).find((result) => !result.ok);
  if (missing && !missing.ok) return { ok: false, message: missing.error.message, loading: false };
  const values = Object.fromEntries(needs.map((key) => [key, (loaded[key] as { value: unknown }).value]));
  return { ok: true, data: { ...base, ...values } as ChartData };
}

/**
 * Builds the drawer's content once: the charts, fed the store's language, hover and selection, and
 * the statistics when they arrive. Everything it starts is tied to `scope`.
 */
function buildDrawer(
  drawer: HTMLElement,
  header: HTMLElement,
  context: PanelContext,
  handle: (signal: ChartSignal) => void,
  scope: Scope,
): void {
  const { store, zones, metrics, colors } = context;
  const styles = element('style', { id: 'chart-styles' }, chartCss(THEME_COLORS));
  document.head.append(styles);
  const base = { zones, metrics, colors };
  const figures: { figure: ChartFigure; needs: Needs }[] = CHARTS.map((definition) => ({
    figure: createChartFigure(definition, handle),
    needs: definition.needs,
  }));
  drawer.replaceChildren(
    header,
    element('div', { class: 'charts-list' }, ...figures.map(({ figure }) => figure.element)),
  );
  const sync = () => {
    const { language, hoveredId, selectedId } = store.get();
    for (const { figure } of figures) figure.setState({ language, hoveredId, selectedId });
  };
  sync();
  const show = (loaded: Loaded<StatisticsData> | null) => {
    for (const { figure, needs } of figures) figure.setData(figureData(needs, base, loaded));
  };
  show(null);
  let disposed = false;
  loadChartStatistics(context, show, () => !disposed);
  // Charts report through bubbling `input` events whose target carries the signal as `value`.
  scope.listen(drawer, 'input', (event) => {
    const target = event.target as SignalTarget;
    if (target instanceof SVGSVGElement && target.value) handle(target.value);
  });
  scope.add(
    store.select((state) => [state.language, state.hoveredId, state.selectedId], sync),
    () => {
      disposed = true;
      for (const { figure } of figures) figure.dispose();
      styles.remove();
    },
  );
}

/**
 * The charts drawer. It is built on first open, so the statistics are only fetched when someone
 * wants them; charts tell the store about hover and selection and ask the map to show places, and
 * follow the store's hover, selection and language. Whether it is open lives in the store.
 */
export const chartsPanel: Panel = {
  id: 'charts',
  slot: 'charts',
  mount(drawer, context) {
    const { store, map } = context;
    const scope = createScope();
    const toggle = document.getElementById('charts-toggle') as HTMLButtonElement;
    const heading = element('h2', { id: 'charts-heading', tabindex: '-1' });
    const close = element('button', { type: 'button', class: 'charts-close' }, '×');
    const header = element('header', { class: 'charts-header' }, heading, close);

    /** Keeps a place clear of the drawer; a drawer that fills the screen closes instead. */
    const paddingBesideDrawer = (): Padding => {
      const covered = drawer.hidden ? 0 : drawer.getBoundingClientRect().width;
      const right = covered > window.innerWidth * 0.7 ? 40 : covered + 40;
      if (right === 40 && !drawer.hidden) store.update({ chartsOpen: false });
      return { top: 60, right, bottom: 40, left: 40 };
    };
    const handle = (signal: ChartSignal) => {
      if (signal.kind === 'hover') store.update({ hoveredId: signal.zoneId });
      else if (signal.kind === 'select') store.update({ selectedId: signal.zoneId });
      else {
        const padding = paddingBesideDrawer();
        const { place } = signal;
        void ('zone_ids' in place
          ? map.fitZones(place.zone_ids, { padding })
          : map.flyTo({ center: place.lnglat, zoom: place.zoom }, { padding }));
      }
    };

    let built = false;
    const applyOpen = (open: boolean, wasOpen: boolean) => {
      if (open && !built) {
        built = true;
        buildDrawer(drawer, header, context, handle, scope);
      }
      drawer.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      // Keyboard and screen-reader users land at the top of the drawer they opened.
      if (open && !wasOpen) heading.focus();
      if (!open && store.get().hoveredId !== null) store.update({ hoveredId: null });
    };
    const labels = () => {
      const { language } = store.get();
      toggle.textContent = t(language, 'charts.open');
      heading.textContent = t(language, 'charts.heading');
      close.setAttribute('aria-label', t(language, 'charts.close'));
    };

    const closeDrawer = () => {
      store.update({ chartsOpen: false });
      toggle.focus();
    };
    scope.listen(close, 'click', closeDrawer);
    // Escape from inside the drawer closes it, as the Share dialog and the tour close, and goes no
    // further: the page-wide Escape would also close the zone's details beside it.
    scope.listen(drawer, 'keydown', (event) => {
      if (event.key !== 'Escape' || drawer.hidden) return;
      event.stopPropagation();
      closeDrawer();
    });
    scope.listen(toggle, 'click', () => store.update({ chartsOpen: !store.get().chartsOpen }));
    scope.add(
      store.select((state) => state.language, labels),
      store.select((state) => state.chartsOpen, applyOpen),
      () => {
        toggle.hidden = true;
        drawer.hidden = true;
        drawer.replaceChildren();
      },
    );
    labels();
    if (store.get().chartsOpen) applyOpen(true, false);
    toggle.hidden = false;
    return scope.dispose;
  },
};
