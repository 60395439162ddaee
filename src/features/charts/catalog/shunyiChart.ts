import { linkHorizontal } from 'd3-shape';
import type { ChartDefinition, ChartOptions } from '../types';
import { appendLines, applyHighlight, createChartSvg, wireZoneMarks, type Svg } from '../svg';
import { round } from '../../../geo/round';
import { model, table, text, type DiagramNode, type ShunyiData } from './shunyiModel';

/** One node of the tree: the model itself (a coloured mark and big type), a part (a heading) or a member (a dot). */
function drawNode(svg: Svg, node: DiagramNode, rootColor: string): void {
  const g = svg.append('g').attr('class', `c-node c-depth-${node.depth}`).attr('data-node', node.id);
  if (node.zoneId) g.attr('data-zone-id', node.zoneId);
  const top = node.y - 9;
  if (node.depth === 0) {
    g.append('rect')
      .attr('class', 'c-mark')
      .attr('x', 0)
      .attr('y', round(top - 6, 1))
      .attr('width', 6)
      .attr('height', round(node.lines.length * 14 + 10, 1))
      .attr('fill', rootColor);
    appendLines(g, node.lines.slice(0, 1), 12, node.y + 2, 14, 'c-big').style('font-size', '20px');
    appendLines(g, node.lines.slice(1), 12, node.y + 20, 13, 'c-small c-muted');
  } else if (node.depth === 1) {
    appendLines(g, node.lines, node.x, node.y + 4, 13, 'c-heading');
  } else {
    g.append('circle')
      .attr('class', node.zoneId ? 'c-accent c-mark' : 'c-accent')
      .attr('cx', round(node.x - 2, 1))
      .attr('cy', round(node.y, 1))
      .attr('r', 3.5);
    appendLines(g, node.lines, node.x + 6, node.y + 4, 13, '');
  }
}

export function render(data: ShunyiData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const svg = createChartSvg('shunyi-model', m.width, m.height, text(data, options.language));
  const link = linkHorizontal();
  for (const l of m.links) {
    svg
      .append('path')
      .attr('class', 'c-rule')
      .attr('data-group', l.group)
      .attr(
        'd',
        link({ source: l.source.map(round) as [number, number], target: l.target.map(round) as [number, number] }),
      );
  }
  for (const node of m.nodes) drawNode(svg, node, m.rootColor);
  const el = svg.node()!;
  wireZoneMarks(el);
  applyHighlight(el, options.hoveredId ?? null, options.selectedId ?? null);
  return el;
}

export const shunyiModelChart: ChartDefinition<ShunyiData> = {
  id: 'shunyi-model',
  needs: ['stats'],
  text,
  table,
  render,
};
