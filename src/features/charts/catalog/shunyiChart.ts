import { hierarchy, tree } from 'd3-hierarchy';
import { linkHorizontal } from 'd3-shape';
import { formatArea, localized } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { ChartData, ChartDefinition, ChartOptions, ChartTable, ChartText } from '../types';
import { sourceList, textWidth, wrapText } from '../text';
import { appendLines, applyHighlight, createChartSvg, wireZoneMarks } from '../svg';
import { round } from '../../../geo/round';
import { t } from '../strings';

export type ShunyiData = Pick<ChartData, 'stats' | 'colors'>;

export interface DiagramNode {
  id: string;
  depth: number;
  x: number;
  y: number;
  lines: string[];
  zoneId: string | null;
  group: 'root' | 'parks' | 'sectors' | 'n';
}

export interface ShunyiDiagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  links: { source: [number, number]; target: [number, number]; group: DiagramNode['group'] }[];
  rootColor: string;
}

interface Item {
  id: string;
  label: string;
  group: DiagramNode['group'];
  zoneId?: string;
  children?: Item[];
}

/** Height of one line of leaf text. */
const LINE = 14;
const FONT = 11.5;

function items(data: ShunyiData, language: Language): Item {
  const s = data.stats.shunyi_model;
  return {
    id: 'root',
    group: 'root',
    label: [
      '3+7+N',
      formatArea(language, s.area_km2),
      t(language, 'charts.shunyi.companies', { count: s.companies_signed }),
    ].join('|'),
    ...(s.zone_id ? { zoneId: s.zone_id } : {}),
    children: [
      {
        id: 'parks',
        group: 'parks',
        label: t(language, 'charts.shunyi.parks', { count: s.parks.length }),
        children: s.parks.map((p) => ({
          id: p.id,
          group: 'parks',
          label: localized(p, 'name', language),
          ...(p.zone_id ? { zoneId: p.zone_id } : {}),
        })),
      },
      {
        id: 'sectors',
        group: 'sectors',
        label: t(language, 'charts.shunyi.sectors', { count: s.sectors.length }),
        children: s.sectors.map((p) => ({ id: p.id, group: 'sectors', label: localized(p, 'name', language) })),
      },
      {
        id: 'n',
        group: 'n',
        label: t(language, 'charts.shunyi.goal'),
        children: [{ id: 'n-goal', group: 'n', label: localized(s.n, 'label', language) }],
      },
    ],
  };
}

/** How far a node's text reaches to the right of its x, so links start after it. */
function labelWidth(node: Pick<DiagramNode, 'depth' | 'lines'>): number {
  if (node.depth === 0) {
    return 12 + Math.max(textWidth(node.lines[0] ?? '', 20), ...node.lines.slice(1).map((l) => textWidth(l, 10.5)));
  }
  return Math.max(...node.lines.map((l) => textWidth(l, node.depth === 1 ? 13.5 : FONT)));
}

/** A left-to-right tidy tree (d3-hierarchy): the model, its three parts, and their members. */
export function model(data: ShunyiData, options: ChartOptions): ShunyiDiagram {
  const { width, language } = options;
  const columns = [0, Math.max(100, width * 0.24), Math.max(190, width * 0.42)];
  const leafWidth = width - columns[2]! - 12;
  const linesOf = (item: Item, depth: number) => {
    const available = depth === 2 ? leafWidth : columns[depth + 1]! - columns[depth]! - 16;
    return item.label.split('|').flatMap((part) => wrapText(part, available, FONT, depth === 2 ? 2 : 3));
  };
  const root = hierarchy(items(data, language));
  // One unit of the layout is one line of text; neighbours are spaced by how many lines they have,
  // so a two-line label never runs into the next one.
  const laid = tree<Item>()
    .nodeSize([LINE, 1])
    .separation(
      (a, b) =>
        (linesOf(a.data, a.depth).length + linesOf(b.data, b.depth).length) / 2 + (a.parent === b.parent ? 0.75 : 1.5),
    )(root);
  const top = 8;
  const minX = Math.min(...laid.descendants().map((n) => n.x));
  const nodes: DiagramNode[] = laid.descendants().map((node) => {
    const lines = linesOf(node.data, node.depth);
    return {
      id: node.data.id,
      depth: node.depth,
      // d3's tree lays out top-down; swapping x and y turns it left to right.
      x: columns[node.depth]!,
      y: top + node.x - minX + 10,
      lines,
      zoneId: node.data.zoneId ?? null,
      group: node.data.group,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = laid.links().map((link) => {
    const source = byId.get(link.source.data.id)!;
    const target = byId.get(link.target.data.id)!;
    const sourceX = Math.min(source.x + labelWidth(source) + 8, target.x - 24);
    return {
      source: [sourceX, source.y] as [number, number],
      target: [target.x - 6, target.y] as [number, number],
      group: target.group,
    };
  });
  const height = Math.max(...nodes.map((n) => n.y + n.lines.length * 14)) + 12;
  const rootZone = data.stats.shunyi_model.zone_id;
  return { width, height, nodes, links, rootColor: (rootZone && data.colors.get(rootZone)) || '#777777' };
}

export function text(data: ShunyiData, language: Language): ChartText {
  const s = data.stats.shunyi_model;
  return {
    title: t(language, 'charts.shunyi.title'),
    takeaway: t(language, 'charts.shunyi.takeaway', {
      parks: s.parks.length,
      sectors: s.sectors.length,
      area: formatArea(language, s.area_km2),
      companies: s.companies_signed,
    }),
    description: t(language, 'charts.shunyi.description', {
      parks: s.parks.map((p) => localized(p, 'name', language)).join(', '),
      sectors: s.sectors.map((p) => localized(p, 'name', language)).join(', '),
      n: localized(s.n, 'label', language),
    }),
    source: t(language, 'charts.source', { sources: sourceList(language, [s.source]) }),
  };
}

export function table(data: ShunyiData, language: Language): ChartTable[] {
  const s = data.stats.shunyi_model;
  const parks = t(language, 'charts.shunyi.parks', { count: s.parks.length });
  const sectors = t(language, 'charts.shunyi.sectors', { count: s.sectors.length });
  return [
    {
      caption: t(language, 'charts.shunyi.title'),
      columns: [t(language, 'charts.shunyi.col.part'), t(language, 'charts.shunyi.col.item')],
      rows: [
        ...s.parks.map((p) => [parks, localized(p, 'name', language)]),
        ...s.sectors.map((p) => [sectors, localized(p, 'name', language)]),
        [t(language, 'charts.shunyi.goal'), localized(s.n, 'label', language)],
        [t(language, 'charts.shunyi.area'), formatArea(language, s.area_km2)],
        [
          t(language, 'charts.shunyi.companiesSigned'),
          `${s.companies_signed} (${s.companies_named.map((c) => c[language]).join(', ')}…)`,
        ],
      ],
    },
  ];
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
  for (const node of m.nodes) {
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
        .attr('fill', m.rootColor);
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
