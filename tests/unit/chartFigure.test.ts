// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledChartData } from './chartData';
import { CHARTS } from '../../src/features/charts/registry';
import { createChartFigure } from '../../src/features/charts/chartFigure';
import type { ChartData, ChartDefinition } from '../../src/features/charts/types';
import { t } from '../../src/features/charts/strings';

/** jsdom has no ResizeObserver: this one lets a test report a width to the figure. */
let resize: (width: number) => void = () => {};
/** Animation frames run when the test says (`nextFrame`), as a browser runs them after layout. */
let frames = new Map<number, FrameRequestCallback>();
let lastFrame = 0;
const nextFrame = () => {
  const due = [...frames.values()];
  frames = new Map();
  for (const callback of due) callback(0);
};
const resizeAndDraw = (width: number) => {
  resize(width);
  nextFrame();
};
beforeEach(() => {
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastFrame, callback);
    return lastFrame;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: (entries: { contentRect: { width: number } }[]) => void) {
        resize = (width) => callback([{ contentRect: { width } }]);
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const data = bundledChartData();
const zoneAreas = CHARTS.find((chart) => chart.id === 'zone-areas')!;
const buttons = (figure: HTMLElement) => [...figure.querySelectorAll<HTMLButtonElement>('.chart-actions button')];

describe('a chart figure', () => {
  it('says it is loading, with its buttons disabled, until the data comes', () => {
    const figure = createChartFigure(zoneAreas, () => {});
    figure.setData({ ok: false, message: '', loading: true });
    expect(figure.element.querySelector('h3')!.textContent).toBe(t('en', 'charts.loading'));
    expect(figure.element.querySelector('.chart-body .chart-loading')!.textContent).toBe(t('en', 'charts.loading'));
    expect(buttons(figure.element).map((b) => b.disabled)).toEqual([true, true, true]);
    figure.setData({ ok: false, message: 'No statistics', loading: false });
    expect(figure.element.querySelector('.chart-body .chart-error')!.textContent).toBe('No statistics');
  });

  it('draws once it has data and a width, with its words, tables and sort control', () => {
    const figure = createChartFigure(zoneAreas, () => {});
    figure.setData({ ok: true, data });
    expect(figure.element.querySelector('svg')).toBeNull();
    expect(figure.element.querySelector('h3')!.textContent).toBe(zoneAreas.text(data, 'en').title);
    resizeAndDraw(560);
    expect(figure.element.querySelector('.chart-body svg')!.getAttribute('width')).toBe('560');
    expect(figure.element.querySelectorAll('.chart-tables table')).toHaveLength(1);
    expect(buttons(figure.element).map((b) => b.disabled)).toEqual([false, false, false]);
    expect(figure.element.querySelector('select')!.getAttribute('aria-label')).toBe(t('en', 'charts.sortBy'));
  });

  it('redraws for a new width in the next frame, never inside the ResizeObserver callback', () => {
    // Drawing inside the callback resizes the observed box again in the same frame: browsers then
    // report "ResizeObserver loop completed with undelivered notifications" as a window error.
    const figure = createChartFigure(zoneAreas, () => {});
    figure.setData({ ok: true, data });
    resize(560);
    expect(figure.element.querySelector('.chart-body svg')).toBeNull();
    resize(620);
    nextFrame();
    expect(figure.element.querySelectorAll('.chart-body svg')).toHaveLength(1);
    expect(figure.element.querySelector('.chart-body svg')!.getAttribute('width')).toBe('620');
  });

  it('highlights without redrawing, and redraws in another language', () => {
    const figure = createChartFigure(zoneAreas, () => {});
    figure.setData({ ok: true, data });
    resizeAndDraw(560);
    const svg = figure.element.querySelector('svg')!;
    figure.setState({ language: 'en', hoveredId: 'cbd-part', selectedId: null });
    expect(figure.element.querySelector('svg')).toBe(svg);
    expect(svg.querySelector('[data-zone-id="cbd-part"]')!.classList.contains('is-hovered')).toBe(true);
    figure.setState({ language: 'zh', hoveredId: null, selectedId: null });
    expect(figure.element.querySelector('svg')).not.toBe(svg);
    expect(figure.element.querySelector('h3')!.textContent).toBe(zoneAreas.text(data, 'zh').title);
  });

  it('says so when the chart cannot draw its data, and stops highlighting the old drawing', () => {
    let fail = false;
    const fragile: ChartDefinition<ChartData> = {
      ...zoneAreas,
      render: (d, options) => {
        if (fail) throw new Error('bad data');
        return zoneAreas.render(d, options);
      },
    };
    const figure = createChartFigure(fragile, () => {});
    figure.setData({ ok: true, data });
    resizeAndDraw(560);
    const old = figure.element.querySelector('svg')!;
    fail = true;
    resizeAndDraw(600);
    expect(figure.element.querySelector('.chart-body .chart-error')!.textContent).toBe(
      `${t('en', 'charts.failed')} Error: bad data`,
    );
    figure.setState({ language: 'en', hoveredId: 'cbd-part', selectedId: null });
    expect(old.querySelector('.is-hovered')).toBeNull();
  });

  it('shows and hides its tables', () => {
    const figure = createChartFigure(zoneAreas, () => {});
    figure.setData({ ok: true, data });
    const [toggle] = buttons(figure.element);
    const tables = figure.element.querySelector<HTMLElement>('.chart-tables')!;
    expect(tables.hidden).toBe(true);
    toggle!.click();
    expect([toggle!.getAttribute('aria-pressed'), tables.hidden]).toEqual(['true', false]);
    toggle!.click();
    expect([toggle!.getAttribute('aria-pressed'), tables.hidden]).toEqual(['false', true]);
  });
});
