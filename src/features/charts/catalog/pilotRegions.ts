import { round } from '../../../geo/round';
import type { Language } from '../../../state/appState';
import type { ChartDefinition, ChartOptions } from '../types';
import { addHatch, createChartSvg, type Svg } from '../svg';
import { model, table, text, type PilotData, type PilotModel } from './pilotRegionsModel';
import { t } from '../strings';
import { drawInset } from './chinaMap';

type Bar = PilotModel['bars'][number];

function drawProvinces(svg: Svg, m: PilotModel): void {
  const land = svg.append('g').attr('class', 'c-provinces');
  for (const province of m.provinces) {
    land.append('path').attr('class', 'c-land').attr('data-province', province.id).attr('d', province.path);
  }
}

/** The South China Sea inset (chinaMap.ts), after the main map. */
function drawSouthChinaSea(svg: Svg, { inset }: PilotModel, language: Language): void {
  const group = svg.append('g').attr('class', 'c-inset');
  drawInset(group, inset, t(language, 'charts.pilot.southChinaSea'), (provinces) => {
    for (const province of provinces) {
      group.append('path').attr('class', 'c-land c-inset-land').attr('d', province.path);
    }
  });
}

/** One dot per pilot region; the home region last (on top), larger and labelled. */
function drawPoints(svg: Svg, m: PilotModel): void {
  const dots = svg.append('g').attr('class', 'c-pilot-points');
  for (const point of [...m.points].sort((a, b) => Number(a.home) - Number(b.home))) {
    const dot = dots
      .append('circle')
      .attr('class', point.home ? 'c-accent c-dot c-home' : 'c-accent c-dot')
      .attr('data-region', point.id)
      .attr('cx', round(point.x, 1))
      .attr('cy', round(point.y, 1))
      .attr('r', point.home ? 5.5 : 3.5)
      .attr('stroke-width', 1);
    dot.append('title').text(point.name);
    if (point.home) {
      dots
        .append('text')
        .attr('class', 'c-strong c-on-hatch')
        .attr('x', round(point.x + 8, 1))
        .attr('y', round(point.y - 6, 1))
        .text(point.name);
    }
  }
}

/** The heading, the total in big type and the baseline rule above which the bars stand. */
function drawBarsHeader(svg: Svg, m: PilotModel): void {
  const { barsOrigin: o } = m;
  svg
    .append('text')
    .attr('class', 'c-heading')
    .attr('x', round(o.x, 1))
    .attr('y', round(o.y + 14, 1))
    .text(m.heading);
  svg
    .append('text')
    .attr('class', 'c-big c-accent')
    .attr('x', round(o.x, 1))
    .attr('y', round(o.y + 40, 1))
    .text(m.totalText);
  svg
    .append('line')
    .attr('class', 'c-rule')
    .attr('x1', round(o.x, 1))
    .attr('x2', round(o.x + o.width, 1))
    .attr('y1', round(o.baseline, 1))
    .attr('y2', round(o.baseline, 1));
}

/** One group's bar: hatched when its count is derived, with its count above and its name (and status) below. */
function drawBar(svg: Svg, bar: Bar, baseline: number, hatch: string, language: Language): void {
  const g = svg
    .append('g')
    .attr('class', bar.derived ? 'c-group c-derived' : 'c-group')
    .attr('data-group', bar.group);
  g.append('rect')
    .attr('x', round(bar.x, 1))
    .attr('y', round(bar.y, 1))
    .attr('width', round(bar.width, 1))
    .attr('height', round(bar.height, 1))
    .attr('fill', bar.derived ? hatch : null)
    .attr('class', bar.derived ? 'c-derived-bar' : 'c-accent');
  const centre = round(bar.x + bar.width / 2, 1);
  g.append('text')
    .attr('class', 'c-value')
    .attr('x', centre)
    .attr('y', round(bar.y - 5, 1))
    .attr('text-anchor', 'middle')
    .text(bar.cases);
  g.append('text')
    .attr('class', 'c-small')
    .attr('x', centre)
    .attr('y', round(baseline + 14, 1))
    .attr('text-anchor', 'middle')
    .text(bar.label);
  if (bar.derived) {
    g.append('text')
      .attr('class', 'c-small c-muted')
      .attr('x', centre)
      .attr('y', round(baseline + 27, 1))
      .attr('text-anchor', 'middle')
      .text(t(language, 'charts.status.derived'));
  }
}

export function render(data: PilotData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const { language } = options;
  const svg = createChartSvg('pilot-regions', m.width, m.height, text(data, language));
  const hatch = addHatch(svg, 'pilot-regions-hatch', 'accent');
  drawProvinces(svg, m);
  drawSouthChinaSea(svg, m, language);
  drawPoints(svg, m);
  drawBarsHeader(svg, m);
  for (const bar of m.bars) drawBar(svg, bar, m.barsOrigin.baseline, hatch, language);
  svg
    .append('text')
    .attr('class', 'c-small c-muted')
    .attr('x', 0)
    .attr('y', round(m.noteY, 1))
    .text(t(language, 'charts.pilot.pointsNote'));
  return svg.node()!;
}

export const pilotRegionsChart: ChartDefinition<PilotData> = {
  id: 'pilot-regions',
  needs: ['stats', 'pilotRegions', 'provinces'],
  text,
  table,
  render,
};
