// The area-composition chart's pure half: positions and labels (`model`), its words (`text`) and its table.
// No DOM, so unit tests read it in Node; areaComposition.ts draws it.
import { hierarchy, treemap, treemapDice, treemapSlice, type HierarchyRectangularNode } from 'd3-hierarchy';
import { formatArea, formatNumber, zoneName } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { ZoneProperties } from '../../../data/schema';
import type { ChartData, ChartOptions, ChartTable, ChartText } from '../types';
import { ftzTree, ftzTotal } from './zoneTree';
import { sourceList, textWidth, wrapText } from '../text';
import { round } from '../../../geo/round';
import { t } from '../strings';

export type CompositionData = Pick<ChartData, 'zones' | 'colors'>;

/**
 * What a tile stands for: a published part; the rest of an area that no published part explains; or
 * the rest of an area that belongs to parts whose areas are not published.
 */
export type TileKind = 'part' | 'unexplained' | 'unpublished';

export interface CompositionEntry {
  areaId: string;
  /** The zone id of a part; `<area>--unexplained` or `<area>--unpublished` for the rest. */
  id: string;
  kind: TileKind;
  km2: number;
  label: string;
}

/** Below this, a difference between an area and its parts is rounding, not a gap. */
const EPSILON_KM2 = 0.005;

/**
 * Each FTZ area's make-up: its direct `ftz-part` children with published areas, then whatever of the
 * area they do not cover, named for what it is. Zones nested deeper (a bonded zone inside a part) are
 * already inside their part, so counting them again would double the area.
 */
function compositionOf(area: ZoneProperties, parts: readonly ZoneProperties[], language: Language) {
  const published = parts.filter((p) => p.official_area_km2 !== null);
  const unpublished = parts.filter((p) => p.official_area_km2 === null);
  const entries: CompositionEntry[] = published.map((part) => ({
    areaId: area.id,
    id: part.id,
    kind: 'part',
    km2: part.official_area_km2!,
    label: zoneName(part, language),
  }));
  const rest = (area.official_area_km2 ?? 0) - published.reduce((sum, p) => sum + p.official_area_km2!, 0);
  if (rest > EPSILON_KM2 && unpublished.length > 0) {
    const names = unpublished.map((p) => zoneName(p, language)).join(t(language, 'charts.listSeparator'));
    entries.push({
      areaId: area.id,
      id: `${area.id}--unpublished`,
      kind: 'unpublished',
      km2: rest,
      label: t(language, 'charts.composition.unpublished', { names }),
    });
  } else if (rest > EPSILON_KM2) {
    entries.push({
      areaId: area.id,
      id: `${area.id}--unexplained`,
      kind: 'unexplained',
      km2: rest,
      label: t(language, 'charts.composition.unexplained', { value: formatArea(language, round(rest, 3)) }),
    });
  }
  return entries;
}

export interface Tile extends CompositionEntry {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  color: string;
  /** Label lines, drawn across the tile or (if `rotated`) along its height; empty if nothing fits. */
  lines: string[];
  rotated: boolean;
}

export interface Band {
  id: string;
  lines: string[];
  valueText: string;
  y0: number;
  y1: number;
  color: string;
}

export interface CompositionModel {
  width: number;
  height: number;
  bands: Band[];
  tiles: Tile[];
  /** px² per km²: the same for every tile, so tile areas are proportional to the areas. */
  pxPerKm2: number;
}

const TOP = 4;
const FONT = 11;

function fitLabel(entry: CompositionEntry, width: number, height: number, language: Language) {
  const value = formatArea(language, round(entry.km2, 3));
  const name = entry.label;
  const inset = entry.kind === 'part' ? 8 : 16;
  const lines = entry.kind === 'unexplained' ? [name] : [...wrapText(name, width - inset, FONT, 3), value];
  const fitsAcross = lines.length * 13 + 8 <= height && lines.every((line) => textWidth(line, FONT) <= width - inset);
  if (fitsAcross) return { lines, rotated: false };
  const single = entry.kind === 'unexplained' ? name : `${entry.label} ${value}`;
  if (width >= 8 && textWidth(single, 10) <= height - 8) return { lines: [single], rotated: true };
  // Last resort: the area alone.
  if (width >= 8 && textWidth(value, 10) <= height - 8) return { lines: [value], rotated: true };
  return { lines: [], rotated: false };
}

export function model(data: CompositionData, options: ChartOptions): CompositionModel {
  const { width, language } = options;
  const tree = ftzTree(data.zones);
  const total = ftzTotal(tree);
  const labelWidth = Math.min(180, Math.max(96, width * 0.26));
  const mapWidth = Math.max(120, width - labelWidth - 8);
  const height = Math.round(Math.min(440, Math.max(300, mapWidth * 0.72)));

  type Datum = { id: string; entry?: CompositionEntry; children?: Datum[] };
  const root = hierarchy<Datum>({
    id: 'ftz',
    children: tree.map((node) => ({
      id: node.zone.id,
      children: compositionOf(
        node.zone,
        node.children.filter((c) => c.zone.kind === 'ftz-part').map((c) => c.zone),
        language,
      ).map((entry) => ({ id: entry.id, entry })),
    })),
  }).sum((d) => d.entry?.km2 ?? 0);
  // Areas as horizontal bands (top to bottom), parts side by side within a band: the slice-dice
  // layout keeps the file's order and makes every tile's area proportional to its km².
  const laid = treemap<Datum>()
    .size([mapWidth, height])
    .round(false)
    .tile((node, x0, y0, x1, y1) => (node.depth === 0 ? treemapSlice : treemapDice)(node, x0, y0, x1, y1))(root);
  const x = labelWidth + 8;
  const areaById = new Map(tree.map((node) => [node.zone.id, node.zone]));
  const bands: Band[] = (laid.children ?? []).map((band: HierarchyRectangularNode<Datum>) => {
    const zone = areaById.get(band.data.id)!;
    return {
      id: zone.id,
      lines: wrapText(zoneName(zone, language), labelWidth, FONT + 0.5, 3),
      valueText: formatArea(language, zone.official_area_km2 ?? 0),
      y0: TOP + band.y0,
      y1: TOP + band.y1,
      color: data.colors.get(zone.id) ?? '#777777',
    };
  });
  const tiles: Tile[] = laid.leaves().flatMap((leaf) => {
    const entry = leaf.data.entry;
    if (!entry) return [];
    const w = leaf.x1 - leaf.x0;
    const h = leaf.y1 - leaf.y0;
    return [
      {
        ...entry,
        x0: x + leaf.x0,
        y0: TOP + leaf.y0,
        x1: x + leaf.x1,
        y1: TOP + leaf.y1,
        color: data.colors.get(entry.kind === 'part' ? entry.id : entry.areaId) ?? '#777777',
        ...fitLabel(entry, w, h, language),
      },
    ];
  });
  return {
    width,
    height: TOP + height + 34,
    bands,
    tiles,
    pxPerKm2: (mapWidth * height) / total,
  };
}

function allEntries(data: CompositionData, language: Language) {
  return ftzTree(data.zones).flatMap((node) =>
    compositionOf(
      node.zone,
      node.children.filter((c) => c.zone.kind === 'ftz-part').map((c) => c.zone),
      language,
    ).map((entry) => ({ area: node.zone, entry })),
  );
}

export function text(data: CompositionData, language: Language): ChartText {
  const tree = ftzTree(data.zones);
  const entries = allEntries(data, language);
  const sum = (kind: TileKind) =>
    entries.filter(({ entry }) => entry.kind === kind).reduce((s, { entry }) => s + entry.km2, 0);
  const km2 = (v: number) => formatArea(language, round(v, 3));
  const rows = entries.map(({ area, entry }) => `${zoneName(area, language)} – ${entry.label}: ${km2(entry.km2)}`);
  return {
    title: t(language, 'charts.composition.title', { total: km2(ftzTotal(tree)) }),
    takeaway: t(language, 'charts.composition.takeaway', {
      known: km2(sum('part')),
      total: km2(ftzTotal(tree)),
      gap: km2(sum('unexplained')),
      unpublished: km2(sum('unpublished')),
    }),
    description: t(language, 'charts.composition.description', { rows: rows.join('; ') }),
    source: t(language, 'charts.source', {
      sources: sourceList(
        language,
        tree.flatMap((node) => [node.zone, ...node.children.map((c) => c.zone)]).flatMap((z) => z.sources),
      ),
    }),
  };
}

export function table(data: CompositionData, language: Language): ChartTable[] {
  return [
    {
      caption: text(data, language).title,
      columns: (['area', 'part', 'km2', 'share'] as const).map((c) =>
        t(language, `charts.composition.col.${c}` as const),
      ),
      rows: allEntries(data, language).map(({ area, entry }) => [
        zoneName(area, language),
        entry.label,
        formatNumber(language, round(entry.km2, 3), 3),
        `${formatNumber(language, (entry.km2 / (area.official_area_km2 ?? 1)) * 100, 1)}%`,
      ]),
    },
  ];
}
