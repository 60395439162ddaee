import { round } from '../../../geo/round';
import type { Language } from '../../../state/appState';
import type { ChartDefinition, ChartOptions } from '../types';
import { appendBottomAxis, createChartSvg, type Svg } from '../svg';
import {
  model,
  NATIONAL_SORTS,
  table,
  text,
  type NationalData,
  type NationalModel,
  type NationalRow,
} from './nationalFtzModel';
import { t } from '../strings';
import { drawInset, type ProvincePath } from './chinaMap';

/** The small map of China: every province, the home one in the accent colour, and the inset. */
function drawMap(svg: Svg, m: NationalModel, language: Language): void {
  const map = svg.append('g').attr('class', 'c-provinces');
  const draw = (paths: readonly ProvincePath[], extra: string) => {
    for (const p of paths) {
      map
        .append('path')
        .attr('class', `c-land${extra}${p.id === m.homeProvince ? ' c-land-home' : ''}`)
        .attr('data-province', p.id)
        .attr('d', p.path);
    }
  };
  draw(m.map.provinces, '');
  // A ring around the lit province, since Shanghai or Tianjin are a few pixels on this map.
  for (const p of m.map.provinces) {
    if (!m.rows.some((row) => row.province === p.id)) continue;
    map
      .append('circle')
      .attr('class', 'c-province-ring')
      .attr('data-province', p.id)
      .attr('cx', round(p.centre[0], 1))
      .attr('cy', round(p.centre[1], 1))
      .attr('r', 7);
  }
  drawInset(map, m.map.inset, t(language, 'charts.pilot.southChinaSea'), (paths) => draw(paths, ' c-inset-land'));
}

/** A zigzag across the end of a bar that runs off the scale. */
function breakMark(x: number): string {
  return `M${round(x - 3, 1)},1 l4,3 l-4,3 l4,3 l-4,3 l4,3`;
}

function drawBar(svg: Svg, row: NationalRow, m: NationalModel): void {
  const g = svg
    .append('g')
    .attr('class', row.home ? 'c-ftz c-ftz-home' : 'c-ftz')
    .attr('data-ftz', row.id)
    .attr('data-province', row.province)
    .attr('transform', `translate(0, ${round(row.y, 1)})`);
  g.append('rect')
    .attr('class', 'c-hit')
    .attr('width', round(m.width, 1))
    .attr('height', 18)
    .attr('fill', 'transparent');
  g.append('text')
    .attr('class', row.home ? 'c-strong c-accent' : '')
    .attr('x', round(m.x0 - 6, 1))
    .attr('y', 13)
    .attr('text-anchor', 'end')
    .text(row.label);
  const fill = row.home ? 'c-accent' : 'c-swatch';
  if (row.segments) {
    for (const s of row.segments) {
      g.append('rect')
        .attr('class', `${fill} c-segment`)
        .attr('x', round(s.x, 1))
        .attr('y', 3)
        .attr('width', round(s.width, 1))
        .attr('height', 12)
        .append('title')
        .text(s.label);
    }
  } else if (row.km2 !== null) {
    g.append('rect')
      .attr('class', row.areasUnpublished ? 'c-dashed' : fill)
      .attr('x', round(m.x0, 1))
      .attr('y', 3)
      .attr('width', round(row.barWidth, 1))
      .attr('height', 12);
  }
  if (row.offScale)
    g.append('path')
      .attr('class', 'c-break')
      .attr('d', breakMark(m.x0 + row.barWidth - 8));
  const outside = !row.offScale;
  g.append('text')
    .attr('class', `c-small c-value${row.offScale ? ' c-on-hatch' : ''}`)
    .attr('x', round(outside ? m.x0 + row.barWidth + 4 : m.x0 + 6, 1))
    .attr('y', 13)
    .text(row.valueText);
}

/** Pointing at a bar lights its province on the map (and the bar itself); leaving puts them out. */
function wireProvinceHover(node: SVGSVGElement): void {
  const light = (province: string | null) => {
    for (const mark of node.querySelectorAll('[data-province]')) {
      mark.classList.toggle('is-lit', province !== null && mark.getAttribute('data-province') === province);
    }
    node.classList.toggle('has-lit', province !== null);
  };
  node.addEventListener('pointerover', (event) => {
    const bar = event.target instanceof Element ? event.target.closest('[data-ftz]') : null;
    light(bar?.getAttribute('data-province') ?? null);
  });
  node.addEventListener('pointerleave', () => light(null));
}

export function render(data: NationalData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const { language } = options;
  const svg = createChartSvg('national-ftz', m.width, m.height, text(data, language));
  drawMap(svg, m, language);
  const textX = Math.min(m.map.width + 12, m.width - 150);
  svg
    .append('text')
    .attr('class', 'c-small c-muted')
    .attr('x', round(Math.max(textX, 0), 1))
    .attr('y', round(textX > 0 && m.width - textX > 150 ? 14 : m.map.height + 12, 1))
    .text(m.hint);
  svg
    .append('text')
    .attr('class', 'c-heading')
    .attr('x', 0)
    .attr('y', round(m.top - 8, 1))
    .text(m.heading);
  for (const tick of m.ticks) {
    svg
      .append('line')
      .attr('class', 'c-grid')
      .attr('x1', round(tick.x, 1))
      .attr('x2', round(tick.x, 1))
      .attr('y1', round(m.top, 1))
      .attr('y2', round(m.axisY, 1));
  }
  appendBottomAxis(svg, m.axisY, [m.x0, m.scaleEnd], m.ticks);
  for (const batch of m.batches) {
    svg
      .append('text')
      .attr('class', 'c-small c-muted c-strong')
      .attr('x', 0)
      .attr('y', round(batch.y - 3, 1))
      .text(batch.label);
  }
  for (const row of m.rows) drawBar(svg, row, m);
  const node = svg.node()!;
  wireProvinceHover(node);
  return node;
}

export const nationalFtzChart: ChartDefinition<NationalData> = {
  id: 'national-ftz',
  needs: ['nationalFtz', 'provinces'],
  sortOptions: NATIONAL_SORTS,
  detailToggle: 'charts.national.showAreas',
  text,
  table,
  render,
};
