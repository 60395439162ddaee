import { round } from '../../../geo/round';
import type { ChartDefinition, ChartOptions } from '../types';
import { addHatch, appendLines, applyHighlight, createChartSvg, wireZoneMarks } from '../svg';
import { model, table, text, type CompositionData } from './areaCompositionModel';
import { t } from '../strings';

export function render(data: CompositionData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const { language } = options;
  const svg = createChartSvg('area-composition', m.width, m.height, text(data, language));
  const hatch = new Map<string, string>();
  const hatchFor = (color: string) => {
    if (!hatch.has(color)) hatch.set(color, addHatch(svg, `area-composition-hatch-${hatch.size}`, color));
    return hatch.get(color)!;
  };
  for (const band of m.bands) {
    const g = svg.append('g').attr('data-zone-id', band.id).attr('class', 'c-band');
    g.append('rect')
      .attr('class', 'c-mark')
      .attr('x', 0)
      .attr('y', round(band.y0 + 2, 1))
      .attr('width', 4)
      .attr('height', round(band.y1 - band.y0 - 4, 1))
      .attr('fill', band.color);
    const text = appendLines(g, band.lines, 10, band.y0 + 16, 13, 'c-strong');
    text.append('tspan').attr('x', 10).attr('dy', 15).attr('class', 'c-value').text(band.valueText);
  }
  for (const tile of m.tiles) {
    const w = tile.x1 - tile.x0;
    const h = tile.y1 - tile.y0;
    const g = svg.append('g').attr('class', `c-tile-group c-${tile.kind}`).attr('data-tile', tile.id);
    if (tile.kind === 'part') g.attr('data-zone-id', tile.id);
    else g.attr('data-zone-id', tile.areaId);
    const fill = tile.kind === 'part' ? tile.color : hatchFor(tile.color);
    g.append('rect')
      .attr('class', 'c-mark c-tile')
      .attr('x', round(tile.x0, 1))
      .attr('y', round(tile.y0, 1))
      .attr('width', round(w, 1))
      .attr('height', round(h, 1))
      .attr('fill', fill)
      .attr('fill-opacity', tile.kind === 'part' ? 0.35 : 1);
    if (tile.kind === 'unpublished') {
      g.append('rect')
        .attr('class', 'c-dashed')
        .attr('x', round(tile.x0 + 3, 1))
        .attr('y', round(tile.y0 + 3, 1))
        .attr('width', round(w - 6, 1))
        .attr('height', round(h - 6, 1));
    }
    if (tile.lines.length === 0) continue;
    const label = tile.kind === 'part' ? '' : 'c-on-hatch c-strong';
    if (tile.rotated) {
      const cx = round(tile.x0 + w / 2 + 4, 1);
      const cy = round(tile.y1 - 6, 1);
      g.append('text')
        .attr('class', `c-small ${label}`)
        .attr('transform', `translate(${cx}, ${cy}) rotate(-90)`)
        .text(tile.lines[0]!);
    } else {
      const inset = tile.kind === 'part' ? 5 : 9;
      appendLines(g, tile.lines, tile.x0 + inset, tile.y0 + 8 + inset, 13, `c-small ${label}`);
    }
  }
  const legendY = m.height - 14;
  const legend = svg.append('g').attr('transform', `translate(0, ${round(legendY, 1)})`);
  legend.append('rect').attr('y', -9).attr('width', 14).attr('height', 10).attr('fill', hatchFor('#777777'));
  legend.append('text').attr('class', 'c-small').attr('x', 19).text(t(language, 'charts.composition.legendGap'));
  const second = Math.min(m.width * 0.5, 240);
  legend.append('rect').attr('x', second).attr('y', -9).attr('width', 14).attr('height', 10).attr('class', 'c-dashed');
  legend
    .append('text')
    .attr('class', 'c-small')
    .attr('x', second + 19)
    .text(t(language, 'charts.composition.legendUnpublished'));
  const node = svg.node()!;
  wireZoneMarks(node);
  applyHighlight(node, options.hoveredId ?? null, options.selectedId ?? null);
  return node;
}

export const areaCompositionChart: ChartDefinition<CompositionData> = {
  id: 'area-composition',
  needs: [],
  text,
  table,
  render,
};
