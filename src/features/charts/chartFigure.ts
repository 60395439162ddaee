import type { Language } from '../../state/appState';
import type { ChartData, ChartDefinition, ChartSignal, ChartTable } from './types';
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

  return { figure, title, takeaway, body, tables, source, tableToggle, svgButton, pngButton, sortSelect, sortLabel };
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

/**
 * One chart in the panel: title, takeaway, the SVG, a "show as table" toggle, the source line, and
 * SVG/PNG downloads. Re-renders on resize and language change; highlights without re-rendering.
 */
export function createChartFigure(definition: ChartDefinition<ChartData>, onAction: (signal: ChartSignal) => void) {
  const { figure, title, takeaway, body, tables, source, tableToggle, svgButton, pngButton, sortSelect, sortLabel } =
    figureSkeleton(definition);
  let data: FigureData = { ok: false, message: '', loading: true };
  let state: FigureState = { language: 'en', hoveredId: null, selectedId: null };
  let svg: SVGSVGElement | null = null;
  let width = 0;

  const draw = () => {
    const { language } = state;
    tableToggle.textContent = t(language, 'charts.showTable');
    svgButton.textContent = t(language, 'charts.downloadSvg');
    pngButton.textContent = t(language, 'charts.downloadPng');
    if (!data.ok) {
      title.textContent = t(language, 'charts.loading');
      body.replaceChildren(
        element(
          'p',
          { class: data.loading ? 'chart-loading' : 'chart-error' },
          data.message || t(language, 'charts.loading'),
        ),
      );
      for (const button of [tableToggle, svgButton, pngButton]) button.disabled = true;
      return;
    }
    for (const button of [tableToggle, svgButton, pngButton]) button.disabled = false;
    try {
      const words = definition.text(data.data, language);
      title.textContent = words.title;
      takeaway.textContent = words.takeaway;
      source.textContent = words.source;
      if (width > 0) {
        svg = definition.render(data.data, { ...state, width, sort: sortSelect?.value });
        body.replaceChildren(svg);
      }
      tables.replaceChildren(...definition.table(data.data, language).map((table) => tableElement(table, onAction)));
    } catch (error) {
      // A chart whose data does not fit it says so; the other charts and the map carry on.
      svg = null;
      body.replaceChildren(element('p', { class: 'chart-error' }, `${t(language, 'charts.failed')} ${String(error)}`));
    }
    if (sortSelect && sortLabel) {
      sortLabel.textContent = `${t(language, 'charts.sortBy')} `;
      sortSelect.setAttribute('aria-label', t(language, 'charts.sortBy'));
      for (const option of sortSelect.options) {
        option.textContent = t(language, `charts.sort.${option.value}` as 'charts.sort.area');
      }
    }
  };

  sortSelect?.addEventListener('change', () => draw());

  tableToggle.addEventListener('click', () => {
    const open = tableToggle.getAttribute('aria-pressed') !== 'true';
    tableToggle.setAttribute('aria-pressed', String(open));
    tables.hidden = !open;
  });

  const exportFile = (kind: 'svg' | 'png') => {
    if (data.ok) void exportFigure(definition, data.data, state.language, figure, kind);
  };
  svgButton.addEventListener('click', () => exportFile('svg'));
  pngButton.addEventListener('click', () => exportFile('png'));

  // Redraw when the container's width changes (drawer opened, window resized), not on every pixel.
  const observer = new ResizeObserver(([entry]) => {
    const next = Math.floor(entry?.contentRect.width ?? 0);
    if (next > 0 && Math.abs(next - width) >= 4) {
      width = next;
      draw();
    }
  });
  observer.observe(body);

  return {
    element: figure,
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
