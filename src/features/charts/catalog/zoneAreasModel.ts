// The zone-area chart's pure half: positions and labels (`model`), its words (`text`) and its table.
// No DOM, so unit tests read it in Node; zoneAreas.ts draws it.
import { formatArea, formatNumber, langTag, zoneName } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { ChartData, ChartOptions, ChartTable, ChartText } from '../types';
import { ftzTree, ftzTotal, type ZoneNode } from './zoneTree';
import { sourceList, textWidth, wrapText } from '../text';
import { t } from '../strings';

export type ZoneAreasData = Pick<ChartData, 'zones' | 'metrics' | 'colors'>;
export const ZONE_AREA_SORTS = ['layout', 'area', 'name'] as const;
export type ZoneAreaSort = (typeof ZONE_AREA_SORTS)[number];

export interface ZoneAreaRow {
  id: string;
  groupId: string;
  depth: number;
  labelLines: string[];
  /** Published area in km², or null when no source gives one. */
  official: number | null;
  /** Geodesic area of the drawn outline in km² (approximate by construction). */
  mapped: number;
  color: string;
  y: number;
  height: number;
  officialWidth: number;
  mappedWidth: number;
  officialText: string;
  mappedText: string;
}

export interface ZoneAreasModel {
  width: number;
  height: number;
  x0: number;
  /** The km² value at the right end of the scale, and the px per km². */
  scaleMax: number;
  pxPerKm2: number;
  totalLine: string;
  rows: ZoneAreaRow[];
  axisY: number;
}

const LABEL_FONT = 11.5;
const TOP = 50;

function sortNodes(nodes: readonly ZoneNode[], sort: ZoneAreaSort, language: Language): ZoneNode[] {
  const sorted = [...nodes];
  if (sort === 'area') {
    // Unpublished areas go last: they are unknown, not zero.
    sorted.sort((a, b) => (b.zone.official_area_km2 ?? -1) - (a.zone.official_area_km2 ?? -1));
  } else if (sort === 'name') {
    sorted.sort((a, b) => zoneName(a.zone, language).localeCompare(zoneName(b.zone, language), langTag(language)));
  }
  return sorted.map((node) => ({ ...node, children: sortNodes(node.children, sort, language) }));
}

function flatten(nodes: readonly ZoneNode[], groupId?: string): { node: ZoneNode; groupId: string }[] {
  return nodes.flatMap((node) => [
    { node, groupId: groupId ?? node.zone.id },
    ...flatten(node.children, groupId ?? node.zone.id),
  ]);
}

function splitText(tree: readonly ZoneNode[], language: Language): string {
  const values = tree.map((node) => formatNumber(language, node.zone.official_area_km2 ?? 0, 3));
  return `${values.join(' + ')} ${t(language, 'charts.unit.km2')}`;
}

/** Positions and labels of the zone-area bars. Pure: no DOM, so it is unit-tested directly. */
export function model(data: ZoneAreasData, options: ChartOptions): ZoneAreasModel {
  const { width, language } = options;
  const sort = (ZONE_AREA_SORTS as readonly string[]).includes(options.sort ?? '')
    ? (options.sort as ZoneAreaSort)
    : 'layout';
  const tree = sortNodes(ftzTree(data.zones), sort, language);
  const entries = flatten(tree);
  const mappedOf = (id: string) => data.metrics.get(id)?.mappedAreaKm2 ?? 0;
  const scaleMax = Math.max(
    1,
    ...entries.map(({ node }) => Math.max(node.zone.official_area_km2 ?? 0, mappedOf(node.zone.id))),
  );
  const labelWidth = Math.min(260, Math.max(120, width * 0.38));
  const x0 = labelWidth + 8;
  // Room at the right for the longest value label ("48.34 km²", "48.34 平方公里").
  const valueSpace =
    12 +
    Math.max(
      ...entries.map(({ node }) =>
        textWidth(node.zone.official_area_km2 === null ? '' : formatArea(language, node.zone.official_area_km2), 11),
      ),
    );
  const pxPerKm2 = (Math.max(x0 + 40, width - valueSpace) - x0) / scaleMax;

  let y = TOP;
  let previousGroup: string | null = null;
  const rows = entries.map(({ node, groupId }) => {
    if (previousGroup !== null && groupId !== previousGroup) y += 12;
    previousGroup = groupId;
    const indent = node.depth * 12;
    const labelLines = wrapText(
      zoneName(node.zone, language),
      labelWidth - indent - 10,
      LABEL_FONT,
      width < 480 ? 3 : 2,
    );
    const height = Math.max(32, labelLines.length * 13 + 10);
    const official = node.zone.official_area_km2;
    const mapped = mappedOf(node.zone.id);
    const row: ZoneAreaRow = {
      id: node.zone.id,
      groupId,
      depth: node.depth,
      labelLines,
      official,
      mapped,
      color: data.colors.get(node.zone.id) ?? '#777777',
      y,
      height,
      officialWidth: official === null ? 0 : official * pxPerKm2,
      mappedWidth: mapped * pxPerKm2,
      officialText: official === null ? t(language, 'charts.notPublished') : formatArea(language, official),
      mappedText: t(language, 'charts.zoneAreas.mappedValue', { value: formatNumber(language, mapped, 1) }),
    };
    y += height;
    return row;
  });
  const total = ftzTotal(tree);
  const totalLine = t(language, 'charts.zoneAreas.total', {
    total: formatArea(language, total),
    split: splitText(ftzTree(data.zones), language),
  });
  return { width, height: y + 34, x0, scaleMax, pxPerKm2, totalLine, rows, axisY: y + 6 };
}

export function text(data: ZoneAreasData, language: Language): ChartText {
  const tree = ftzTree(data.zones);
  const parts = flatten(tree).filter(({ node }) => node.depth > 0 && node.zone.official_area_km2 !== null);
  const largest = parts.reduce<ZoneNode | null>(
    (best, { node }) => (!best || node.zone.official_area_km2! > best.zone.official_area_km2! ? node : best),
    null,
  );
  const rows = table(data, language)[0]!.rows.map((row) => `${row[0]}: ${row[2]} (${row[3]})`);
  const sources = flatten(tree).flatMap(({ node }) => node.zone.sources);
  return {
    title: t(language, 'charts.zoneAreas.title'),
    takeaway: t(language, 'charts.zoneAreas.takeaway', {
      total: formatArea(language, ftzTotal(tree)),
      split: splitText(tree, language),
      largest: largest ? zoneName(largest.zone, language) : '—',
      largestArea: largest ? formatArea(language, largest.zone.official_area_km2!) : '—',
    }),
    description: t(language, 'charts.zoneAreas.description', { rows: rows.join('; ') }),
    source: t(language, 'charts.source', {
      sources: `${sourceList(language, sources)}; ${t(language, 'charts.atlasOutlines')}`,
    }),
  };
}

export function table(data: ZoneAreasData, language: Language): ChartTable[] {
  const tree = ftzTree(data.zones);
  const byId = new Map(tree.map((node) => [node.zone.id, node.zone]));
  return [
    {
      caption: t(language, 'charts.zoneAreas.title'),
      columns: (['zone', 'group', 'official', 'mapped'] as const).map((c) =>
        t(language, `charts.zoneAreas.col.${c}` as const),
      ),
      rows: flatten(tree).map(({ node, groupId }) => [
        zoneName(node.zone, language),
        zoneName(byId.get(groupId)!, language),
        node.zone.official_area_km2 === null
          ? t(language, 'charts.notPublished')
          : formatNumber(language, node.zone.official_area_km2, 3),
        formatNumber(language, data.metrics.get(node.zone.id)?.mappedAreaKm2 ?? 0, 2),
      ]),
    },
  ];
}
