// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledChartData, zoneInputs } from './chartData';
import { CHARTS } from '../../src/features/charts/registry';
import type { ChartData, ChartSignal } from '../../src/features/charts/types';
import { applyHighlight } from '../../src/features/charts/svg';
import { buildExportSvg } from '../../src/features/charts/chartExport';
import { validateZones } from '../../src/data/validate.lazy';
import { validatePilotRegions, validateProvinces } from '../../src/data/validateStats';

function valid<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}
const fixture = (file: string) => JSON.parse(readFileSync(`tests/fixtures/charts/${file}`, 'utf8'));

/**
 * Snapshot input: the bundled statistics, but zones and the national map from small fixed fixtures,
 * so that work on the zone data or a different provinces file does not churn the snapshots.
 */
const snapshotData: ChartData = {
  ...bundledChartData(),
  ...zoneInputs(valid(validateZones(fixture('zones.geojson')))),
  provinces: valid(validateProvinces(fixture('provinces.geojson'))),
  pilotRegions: valid(validatePilotRegions(fixture('pilot-regions.geojson'))),
};
const data = bundledChartData();

/**
 * One element per line, and every number in an attribute (positions, path data) rounded to one
 * decimal, so snapshots are stable and readable. Text keeps its numbers exactly: they are the figures.
 */
function normalise(svg: SVGSVGElement): string {
  const roundNumbers = (value: string) => value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
  return new XMLSerializer()
    .serializeToString(svg)
    .replace(/="([^"]*)"/g, (_, value: string) => `="${roundNumbers(value)}"`)
    .replace(/></g, '>\n<');
}

describe.each(CHARTS.map((chart) => [chart.id, chart] as const))('the %s chart', (id, chart) => {
  it('renders the same SVG as last time (normalised snapshot)', async () => {
    const svg = chart.render(snapshotData, { width: 560, language: 'en' });
    await expect(normalise(svg)).toMatchFileSnapshot(`__snapshots__/charts/${id}.svg`);
  });

  it('has an accessible name and description (role="img", <title>, <desc>)', () => {
    const svg = chart.render(data, { width: 560, language: 'en' });
    const text = chart.text(data, 'en');
    expect(svg.getAttribute('role')).toBe('img');
    const title = svg.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
    const desc = svg.querySelector(`#${svg.getAttribute('aria-describedby')}`);
    expect(title?.tagName).toBe('title');
    expect(title?.textContent).toBe(text.title);
    expect(desc?.tagName).toBe('desc');
    expect(desc!.textContent!.length).toBeGreaterThan(40);
    expect(text.takeaway.endsWith('.')).toBe(true);
    expect(text.source).toMatch(/^Source: /);
  });

  it('has a title, takeaway, source and table in Chinese too', () => {
    const text = chart.text(data, 'zh');
    expect(text.title).toMatch(/[\u4e00-\u9fff]/);
    expect(text.takeaway).toMatch(/[\u4e00-\u9fff]/);
    expect(text.source).toMatch(/^资料来源：/);
    const tables = chart.table(data, 'zh');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.columns.join('')).toMatch(/[\u4e00-\u9fff]/);
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    }
  });

  it('follows its container: a narrower width gives a narrower drawing', () => {
    const wide = chart.render(data, { width: 560, language: 'en' });
    const narrow = chart.render(data, { width: 340, language: 'en' });
    expect(wide.getAttribute('width')).toBe('560');
    expect(narrow.getAttribute('width')).toBe('340');
    expect(narrow.getAttribute('viewBox')).toMatch(/^0 0 340 /);
  });

  it('exports a standalone SVG with its title, takeaway and source, and colours resolved', () => {
    const colors = {
      fg: '#111111',
      muted: '#555555',
      bg: '#fefefe',
      grid: '#dddddd',
      accent: '#0072b2',
      card: '#ffffff',
    };
    const { markup, width, height } = buildExportSvg(chart, data, 'en', colors);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(width));
    expect(Number(root.getAttribute('height'))).toBe(height);
    const text = chart.text(data, 'en');
    expect(root.querySelector('title')?.textContent).toBe(text.title);
    expect(root.textContent).toContain(text.source.slice(0, 60));
    expect(markup).not.toContain('var(--');
    expect(markup).toContain('#fefefe');
  });
});

describe('chart interaction', () => {
  const zoneAreas = CHARTS.find((c) => c.id === 'zone-areas')!;
  const timeline = CHARTS.find((c) => c.id === 'timeline')!;

  function signals(svg: SVGSVGElement): ChartSignal[] {
    const seen: ChartSignal[] = [];
    svg.addEventListener('input', () => seen.push((svg as SVGSVGElement & { value: ChartSignal }).value));
    return seen;
  }

  it('reports hover and click on a bar as `input` events carrying the zone', () => {
    const svg = zoneAreas.render(data, { width: 560, language: 'en' });
    const seen = signals(svg);
    const bar = svg.querySelector('[data-zone-id="cbd-part"] .c-bar-official')!;
    bar.dispatchEvent(new Event('pointerover', { bubbles: true }));
    bar.dispatchEvent(new Event('click', { bubbles: true }));
    svg.dispatchEvent(new Event('pointerleave'));
    expect(seen).toEqual([
      { kind: 'hover', zoneId: 'cbd-part' },
      { kind: 'select', zoneId: 'cbd-part' },
      { kind: 'hover', zoneId: null },
    ]);
  });

  it('lets the input event bubble to the page, like Observable Plot', () => {
    const svg = zoneAreas.render(data, { width: 560, language: 'en' });
    const host = document.createElement('div');
    host.append(svg);
    let bubbled: unknown = null;
    host.addEventListener('input', (event) => (bubbled = (event.target as SVGSVGElement & { value: unknown }).value));
    svg.querySelector('[data-zone-id="jinzhan-part"] rect')!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(bubbled).toEqual({ kind: 'hover', zoneId: 'jinzhan-part' });
  });

  it('highlights the marks of the hovered and selected zones and dims the rest', () => {
    const svg = zoneAreas.render(data, { width: 560, language: 'en', selectedId: 'cbd-part' });
    expect(svg.querySelector('[data-zone-id="cbd-part"]')!.classList.contains('is-selected')).toBe(true);
    expect(svg.classList.contains('has-highlight')).toBe(true);
    applyHighlight(svg, 'jinzhan-part', null);
    expect(svg.querySelector('[data-zone-id="cbd-part"]')!.classList.contains('is-selected')).toBe(false);
    expect(svg.querySelector('[data-zone-id="jinzhan-part"]')!.classList.contains('is-hovered')).toBe(true);
    applyHighlight(svg, null, null);
    expect(svg.classList.contains('has-highlight')).toBe(false);
  });

  it('asks to show an event’s place when the event is clicked', () => {
    const svg = timeline.render(data, { width: 560, language: 'en' });
    const seen = signals(svg);
    svg
      .querySelector('[data-event-id="sino-german-park-opens"] .c-hit')!
      .dispatchEvent(new Event('click', { bubbles: true }));
    svg
      .querySelector('[data-event-id="two-zones-mobilization-meeting"] .c-hit')!
      .dispatchEvent(new Event('click', { bubbles: true }));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind: 'fly', place: { lnglat: [116.66, 40.16] } });
  });

  it('gives the timeline table a "Show on map" action for each event with a place', () => {
    const [table] = timeline.table(data, 'en');
    const withPlace = data.events.events.filter((e) => e.place).length;
    expect(table!.actions!.filter(Boolean)).toHaveLength(withPlace);
    expect(table!.actionLabel).toBe('Show on map');
  });
});
