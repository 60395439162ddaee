import { linearScale } from '../scales';
import { formatNumber } from '../../../i18n/index';
import { round } from '../../../geo/round';
import type { ChartDefinition, ChartOptions } from '../types';
import { appendBottomAxis, appendLines, applyHighlight, createChartSvg, wireZoneMarks } from '../svg';
import { model, table, text, ZONE_AREA_SORTS, type ZoneAreasData } from './zoneAreasModel';
import { t } from '../strings';

export function render(data: ZoneAreasData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const svg = createChartSvg('zone-areas', m.width, m.height, text(data, options.language));
  svg.append('text').attr('class', 'c-heading').attr('x', 0).attr('y', 15).text(m.totalLine);
  const legend = svg.append('g').attr('class', 'c-legend').attr('transform', 'translate(0, 28)');
  legend.append('rect').attr('width', 16).attr('height', 10).attr('class', 'c-swatch');
  legend
    .append('text')
    .attr('class', 'c-small')
    .attr('x', 21)
    .attr('y', 9)
    .text(t(options.language, 'charts.zoneAreas.official'));
  const secondX = 30 + Math.min(160, m.width * 0.3);
  legend
    .append('rect')
    .attr('x', secondX)
    .attr('y', 3)
    .attr('width', 16)
    .attr('height', 5)
    .attr('class', 'c-swatch')
    .attr('opacity', 0.45);
  legend
    .append('text')
    .attr('class', 'c-small')
    .attr('x', secondX + 21)
    .attr('y', 9)
    .text(t(options.language, 'charts.zoneAreas.mapped'));

  const axisScale = linearScale([0, m.scaleMax], [m.x0, m.x0 + m.scaleMax * m.pxPerKm2]);
  const grid = svg.append('g').attr('class', 'c-gridlines');
  for (const tick of axisScale.ticks(5)) {
    grid
      .append('line')
      .attr('class', 'c-grid')
      .attr('x1', round(axisScale(tick), 1))
      .attr('x2', round(axisScale(tick), 1))
      .attr('y1', 44)
      .attr('y2', round(m.axisY, 1));
  }
  const ticks = axisScale
    .ticks(5)
    .map((tick) => ({ x: axisScale(tick), label: formatNumber(options.language, tick, 0) }));
  appendBottomAxis(svg, m.axisY, [m.x0, m.x0 + m.scaleMax * m.pxPerKm2], ticks)
    .append('text')
    .attr('class', 'c-small c-muted')
    .attr('x', round(m.x0 + m.scaleMax * m.pxPerKm2, 1))
    .attr('y', 30)
    .attr('text-anchor', 'end')
    .text(t(options.language, 'charts.unit.km2'));

  for (const row of m.rows) {
    const g = svg
      .append('g')
      .attr('class', 'c-row')
      .attr('data-zone-id', row.id)
      .attr('transform', `translate(0, ${round(row.y, 1)})`);
    g.append('rect')
      .attr('class', 'c-hit')
      .attr('width', round(m.width, 1))
      .attr('height', round(row.height, 1))
      .attr('fill', 'transparent');
    appendLines(g, row.labelLines, row.depth * 12, 14, 13, row.depth === 0 ? 'c-strong' : '');
    if (row.official === null) {
      g.append('rect')
        .attr('class', 'c-dashed c-mark')
        .attr('x', m.x0)
        .attr('y', 4)
        .attr('width', 24)
        .attr('height', 12);
      g.append('text')
        .attr('class', 'c-small c-muted')
        .attr('x', m.x0 + 30)
        .attr('y', 14)
        .text(row.officialText);
    } else {
      g.append('rect')
        .attr('class', 'c-mark c-bar-official')
        .attr('x', m.x0)
        .attr('y', 4)
        .attr('width', round(row.officialWidth, 1))
        .attr('height', 12)
        .attr('fill', row.color);
      g.append('text')
        .attr('class', 'c-small c-value')
        .attr('x', round(m.x0 + row.officialWidth + 4, 1))
        .attr('y', 14)
        .text(row.officialText);
    }
    g.append('rect')
      .attr('class', 'c-bar-mapped')
      .attr('x', m.x0)
      .attr('y', 19)
      .attr('width', round(row.mappedWidth, 1))
      .attr('height', 5)
      .attr('fill', row.color)
      .attr('opacity', 0.45);
    g.append('text')
      .attr('class', 'c-small c-muted')
      .attr('x', round(m.x0 + row.mappedWidth + 4, 1))
      .attr('y', 26)
      .style('font-size', '9.5px')
      .text(row.mappedText);
  }
  const node = svg.node()!;
  wireZoneMarks(node);
  applyHighlight(node, options.hoveredId ?? null, options.selectedId ?? null);
  return node;
}

export const zoneAreasChart: ChartDefinition<ZoneAreasData> = {
  id: 'zone-areas',
  needs: [],
  sortOptions: ZONE_AREA_SORTS,
  text,
  table,
  render,
};
