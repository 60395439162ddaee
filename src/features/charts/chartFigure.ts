import type { Language } from '../../state/appState';
import type { ChartData, ChartDefinition, ChartOptions, ChartSignal, ChartTable } from './types';
import { applyHighlight } from './svg';
import { buildExportSvg, resolveThemeColors } from './chartExport';
import { downloadBlob, svgToPng } from '../../export/image';
import { element } from '../../shell/dom';
import { t } from './strings';

export interface FigureState {
  language: Language;
  hoveredId: string | null;
  selectedId: string | null;
}

/** The data a chart needs, or why it cannot have it yet. */
export type FigureData = { ok: true; data: ChartData } | { ok: false; message: string; loading: boolean };

function tableElement(table: ChartTable, onAction: (signal: ChartSignal) => void): HTMLTableElement {
  const head = element('tr', {}, ...table.columns.map((c) => element('th', { scope: 'col' }, c)));
  if (table.actions) head.append(element('th', { scope: 'col' }, ''));
  const rows = table.rows.map((row, index) => {
    const tr = element('tr', {}, ...row.map((cell) => element('td', {}, cell)));
    const action = table.actions?.[index];
    if (table.actions) {
      const cell = element('td', {});
      if (action) {
        const button = element('button', { type: 'button', class: 'chart-row-action' }, table.actionLabel ?? '→');
        button.addEventListener('click', () => onAction(action));
        cell.append(button);
      }
      tr.append(cell);
    }
    return tr;
  });
  return element(
    'table',
    { class: 'chart-table' },
    element('caption', {}, table.caption),
    element('thead', {}, head),
    element('tbody', {}, ...rows),
  );
}

/** The figure's fixed parts: title, takeaway, body, table, source, controls and download buttons. */
function figureSkeleton(definition: ChartDefinition<ChartData>) {
  const id = `chart-${definition.id}`;
  const title = element('h3', { id: `${id}-title` });
  const takeaway = element('p', { class: 'chart-takeaway' });
  const body = element('div', { class: 'chart-body' });
  const tables = element('div', { class: 'chart-tables', id: `${id}-table`, hidden: '' });
  const source = element('p', { class: 'chart-source' });
  const tableToggle = element('button', { type: 'button', 'aria-pressed': 'false', 'aria-controls': `${id}-table` });
  const svgButton = element('button', { type: 'button', 'data-download': 'svg' });
  const pngButton = element('button', { type: 'button', 'data-download': 'png' });
  const controls = element('div', { class: 'chart-controls' });
  // Sortable charts get a select; it lives as long as the figure, so it keeps focus across redraws.
  const sortSelect = definition.sortOptions
    ? element('select', {}, ...definition.sortOptions.map((option) => element('option', { value: option }, option)))
    : null;
  const sortLabel = sortSelect ? element('span', {}) : null;
  if (sortSelect && sortLabel) controls.append(element('label', {}, sortLabel, sortSelect));
  const detailBox = definition.detailToggle ? element('input', { type: 'checkbox' }) : null;
  const detailLabel = detailBox ? element('span', {}) : null;
  if (detailBox && detailLabel) controls.append(element('label', { class: 'chart-detail' }, detailBox, detailLabel));
  const figure = element(
    'figure',
    { class: 'chart', id, 'aria-labelledby': `${id}-title`, 'data-chart': definition.id },
    title,
    takeaway,
    controls,
    body,
    tables,
    element('figcaption', {}, source),
    element('div', { class: 'chart-actions' }, tableToggle, svgButton, pngButton),
  );

  return {
    figure,
    title,
    takeaway,
    body,
    tables,
    source,
    tableToggle,
    svgButton,
    pngButton,
    sortSelect,
    sortLabel,
    detailBox,
    detailLabel,
  };
}

/** Downloads the chart as a standalone SVG, or a PNG at twice its size, with its title and source. */
async function exportFigure(
  definition: ChartDefinition<ChartData>,
  data: ChartData,
  language: Language,
  figure: HTMLElement,
  kind: 'svg' | 'png',
): Promise<void> {
  const file = buildExportSvg(definition, data, language, resolveThemeColors(figure));
  const name = `beijing-ftz-${definition.id}-${language}.${kind}`;
  if (kind === 'svg') downloadBlob(new Blob([file.markup], { type: 'image/svg+xml' }), name);
  else downloadBlob(await svgToPng(file.markup, file.width, file.height, 2), name);
}

type FigureParts = ReturnType<typeof figureSkeleton>;

/** The buttons' words; the buttons work only once the chart has its data. */
function labelButtons(parts: FigureParts, language: Language, enabled: boolean): void {
  parts.tableToggle.textContent = t(language, 'charts.showTable');
  parts.svgButton.textContent = t(language, 'charts.downloadSvg');
  parts.pngButton.textContent = t(language, 'charts.downloadPng');
  for (const button of [parts.tableToggle, parts.svgButton, parts.pngButton]) button.disabled = !enabled;
}

/** While the data loads, or when it cannot: a title and a line saying so in place of the chart. */
function showUnavailable(parts: FigureParts, why: { message: string; loading: boolean }, language: Language): void {
  parts.title.textContent = t(language, why.loading ? 'charts.loading' : 'charts.unavailable');
  parts.body.replaceChildren(
    element(
      'p',
      { class: why.loading ? 'chart-loading' : 'chart-error' },
      why.message || t(language, 'charts.loading'),
    ),
  );
}

/**
 * The chart's words, drawing (once the figure has a width) and tables. Returns the drawn SVG, or null
 * when there is none: no width yet, or a chart whose data does not fit it, which says so while the
 * other charts and the map carry on.
 */
function showChart(
  parts: FigureParts,
  definition: ChartDefinition<ChartData>,
  data: ChartData,
  options: ChartOptions,
  onAction: (signal: ChartSignal) => void,
): SVGSVGElement | null {
  const { language } = options;
  try {
    const words = definition.text(data, language);
    parts.title.textContent = words.title;
    parts.takeaway.textContent = words.takeaway;
    parts.source.textContent = words.source;
    let svg: SVGSVGElement | null = null;
    if (options.width > 0) {
      svg = definition.render(data, options);
      parts.body.replaceChildren(svg);
    }
    parts.tables.replaceChildren(...definition.table(data, language).map((table) => tableElement(table, onAction)));
    return svg;
  } catch (error) {
    parts.body.replaceChildren(
      element('p', { class: 'chart-error' }, `${t(language, 'charts.failed')} ${String(error)}`),
    );
    return null;
  }
}

/** The sort control's words, for sortable charts. */
function labelSort({ sortSelect, sortLabel }: FigureParts, language: Language): void {
  if (!sortSelect || !sortLabel) return;
  sortLabel.textContent = `${t(language, 'charts.sortBy')} `;
  sortSelect.setAttribute('aria-label', t(language, 'charts.sortBy'));
  for (const option of sortSelect.options) {
    option.textContent = t(language, `charts.sort.${option.value}` as 'charts.sort.area');
  }
}

/** "Show as table" opens and closes the tables under the chart. */
function wireTableToggle({ tableToggle, tables }: FigureParts): void {
  tableToggle.addEventListener('click', () => {
    const open = tableToggle.getAttribute('aria-pressed') !== 'true';
    tableToggle.setAttribute('aria-pressed', String(open));
    tables.hidden = !open;
  });
}

/**
 * Calls `onWidth` when the element's width changes (drawer opened, window resized), not on every pixel.
 * The redraw waits for the next animation frame: drawing inside the observer's callback changes the
 * observed box again in the same frame, which browsers report as the window error "ResizeObserver loop
 * completed with undelivered notifications".
 */
function watchWidth(target: HTMLElement, onWidth: (width: number) => void): { disconnect(): void } {
  let width = 0;
  let frame = 0;
  const observer = new ResizeObserver(([entry]) => {
    const next = Math.floor(entry?.contentRect.width ?? 0);
    if (next <= 0 || Math.abs(next - width) < 4) return;
    width = next;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => onWidth(width));
  });
  observer.observe(target);
  return {
    disconnect() {
      cancelAnimationFrame(frame);
      observer.disconnect();
    },
  };
}

/**
 * One chart in the panel: title, takeaway, the SVG, a "show as table" toggle, the source line, and
 * SVG/PNG downloads. Re-renders on resize and language change; highlights without re-rendering.
 */
export function createChartFigure(definition: ChartDefinition<ChartData>, onAction: (signal: ChartSignal) => void) {
  const parts = figureSkeleton(definition);
  let data: FigureData = { ok: false, message: '', loading: true };
  let state: FigureState = { language: 'en', hoveredId: null, selectedId: null };
  let svg: SVGSVGElement | null = null;
  let width = 0;

  const draw = () => {
    labelButtons(parts, state.language, data.ok);
    if (!data.ok) {
      showUnavailable(parts, data, state.language);
      return;
    }
    const detail = parts.detailBox?.checked ?? false;
    svg = showChart(parts, definition, data.data, { ...state, width, sort: parts.sortSelect?.value, detail }, onAction);
    labelSort(parts, state.language);
    if (parts.detailLabel && definition.detailToggle) {
      parts.detailLabel.textContent = ` ${t(state.language, definition.detailToggle)}`;
    }
  };

  parts.sortSelect?.addEventListener('change', () => draw());
  parts.detailBox?.addEventListener('change', () => draw());
  wireTableToggle(parts);
  const exportFile = (kind: 'svg' | 'png') => {
    if (data.ok) void exportFigure(definition, data.data, state.language, parts.figure, kind);
  };
  parts.svgButton.addEventListener('click', () => exportFile('svg'));
  parts.pngButton.addEventListener('click', () => exportFile('png'));
  const observer = watchWidth(parts.body, (next) => {
    width = next;
    draw();
  });

  return {
    element: parts.figure,
    setData(next: FigureData) {
      data = next;
      draw();
    },
    setState(next: FigureState) {
      const languageChanged = next.language !== state.language;
      state = next;
      if (languageChanged) draw();
      else if (svg) applyHighlight(svg, next.hoveredId, next.selectedId);
    },
    /** Stops watching the figure's size; the figure itself goes with the drawer's content. */
    dispose() {
      observer.disconnect();
    },
  };
}

export type ChartFigure = ReturnType<typeof createChartFigure>;
