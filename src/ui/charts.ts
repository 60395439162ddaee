import '../styles/charts.css';
import type { ZoneCollection } from '../data/schema';
import type { ZoneMetrics } from '../geo/metrics';
import type { AppStore, FlyToRequest } from '../state/appState';
import { loadStatistics, type Loaded, type StatisticsData } from '../data/loadStats';
import { t } from '../i18n';
import { CHARTS } from '../charts/registry';
import { chartCss, THEME_COLORS } from '../charts/chartCss';
import type { ChartData, ChartSignal } from '../charts/types';
import type { SignalTarget } from '../charts/svg';
import { createChartFigure, type ChartFigure, type FigureData } from './chartFigure';
import { element } from './dom';

export interface ChartsPanelOptions {
  store: AppStore;
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
  /** The button that opens and closes the drawer, and the drawer itself (both in index.html). */
  toggle: HTMLButtonElement;
  drawer: HTMLElement;
}

/** The data each chart gets: everything loaded, or the first missing file's message. */
function figureData(
  needs: readonly (keyof StatisticsData)[],
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
 * The charts drawer. It is built on first open, so the statistics are only fetched when someone
 * wants them; charts tell the store about hover, selection and map moves through their `input`
 * events, and follow the store's hover, selection and language.
 */
export function mountCharts({ store, zones, metrics, colors, toggle, drawer }: ChartsPanelOptions): void {
  const base = { zones, metrics, colors };
  let figures: { figure: ChartFigure; needs: readonly (keyof StatisticsData)[] }[] = [];
  const heading = element('h2', { id: 'charts-heading', tabindex: '-1' });
  const close = element('button', { type: 'button', class: 'charts-close' }, '×');

  const labels = () => {
    const { language } = store.get();
    toggle.textContent = t(language, 'charts.open');
    heading.textContent = t(language, 'charts.heading');
    close.setAttribute('aria-label', t(language, 'charts.close'));
  };

  const flyRequest = (signal: Extract<ChartSignal, { kind: 'fly' }>): FlyToRequest => {
    // Keep the target clear of the drawer, unless the drawer fills the screen (then it closes).
    const covered = drawer.hidden ? 0 : drawer.getBoundingClientRect().width;
    const right = covered > window.innerWidth * 0.7 ? 40 : covered + 40;
    if (right === 40 && !drawer.hidden) setOpen(false);
    const padding = { top: 60, right, bottom: 40, left: 40 };
    const { place } = signal;
    return 'zone_ids' in place
      ? { zoneIds: place.zone_ids, padding }
      : { center: place.lnglat, zoom: place.zoom, padding };
  };

  const handle = (signal: ChartSignal) => {
    if (signal.kind === 'hover') store.update({ hoveredId: signal.zoneId });
    else if (signal.kind === 'select') store.update({ selectedId: signal.zoneId });
    else store.update({ flyTo: flyRequest(signal) });
  };

  const build = () => {
    document.head.append(element('style', { id: 'chart-styles' }, chartCss(THEME_COLORS)));
    figures = CHARTS.map((definition) => ({ figure: createChartFigure(definition, handle), needs: definition.needs }));
    const list = element('div', { class: 'charts-list' }, ...figures.map(({ figure }) => figure.element));
    drawer.replaceChildren(element('header', { class: 'charts-header' }, heading, close), list);
    const sync = () => {
      const { language, hoveredId, selectedId } = store.get();
      for (const { figure } of figures) figure.setState({ language, hoveredId, selectedId });
    };
    sync();
    for (const { figure, needs } of figures) figure.setData(figureData(needs, base, null));
    void loadStatistics().then((loaded) => {
      for (const { figure, needs } of figures) figure.setData(figureData(needs, base, loaded));
    });
    store.subscribe((state, previous) => {
      if (
        state.language !== previous.language ||
        state.hoveredId !== previous.hoveredId ||
        state.selectedId !== previous.selectedId
      ) {
        sync();
      }
    });
    // Charts report through bubbling `input` events whose target carries the signal as `value`.
    drawer.addEventListener('input', (event) => {
      const target = event.target as SignalTarget;
      if (target instanceof SVGSVGElement && target.value) handle(target.value);
    });
  };

  let built = false;
  function setOpen(open: boolean) {
    if (open && !built) {
      built = true;
      build();
    }
    drawer.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    // Keyboard and screen-reader users land at the top of the drawer they opened.
    if (open) heading.focus();
    if (!open && store.get().hoveredId !== null) store.update({ hoveredId: null });
  }

  close.addEventListener('click', () => {
    setOpen(false);
    toggle.focus();
  });
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  store.subscribe((state, previous) => {
    if (state.language !== previous.language) labels();
  });
  labels();
  toggle.hidden = false;
}
