import { geoConicEqualArea, geoPath } from 'd3-geo';
import { bands, linearScale } from './scales';
import { formatNumber, localized, t } from '../i18n';
import type { Language } from '../state/appState';
import type { ChartData, ChartDefinition, ChartOptions, ChartTable, ChartText } from './types';
import { sourceList } from './text';
import { addHatch, createChartSvg } from './svg';
import { round } from '../geo/round';

export type PilotData = Pick<ChartData, 'stats' | 'pilotRegions' | 'provinces'>;

/** The region the atlas is about; drawn larger and labelled. */
const HOME_REGION = 'beijing';

export interface PilotModel {
  width: number;
  height: number;
  provinces: { id: string; path: string }[];
  /** The South China Sea inset: its frame and the provinces clipped to it. */
  inset: { x: number; y: number; width: number; height: number; provinces: { id: string; path: string }[] };
  points: { id: string; x: number; y: number; name: string; home: boolean }[];
  bars: {
    group: number;
    cases: number;
    derived: boolean;
    x: number;
    y: number;
    width: number;
    height: number;
    label: string;
  }[];
  barsOrigin: { x: number; y: number; width: number; baseline: number };
  heading: string;
  totalText: string;
  /** Baseline of the note under the map. */
  noteY: number;
}

/** The corners of the South China Sea inset (lon, lat). */
const SOUTH_CHINA_SEA: [number, number][] = [
  [107, 3],
  [122, 3],
  [107, 23],
  [122, 23],
];

/** The provinces without the polygons that lie wholly south of 17°N (the South China Sea islands). */
function mainland(provinces: PilotData['provinces']): GeoJSON.FeatureCollection {
  const north = (polygon: number[][][]) => polygon[0]!.some(([, lat]) => lat! >= 17);
  return {
    type: 'FeatureCollection',
    features: provinces.features.map((f) => ({
      type: 'Feature',
      properties: {},
      geometry:
        f.geometry.type === 'MultiPolygon'
          ? { type: 'MultiPolygon', coordinates: f.geometry.coordinates.filter(north) }
          : f.geometry,
    })),
  };
}

export function model(data: PilotData, options: ChartOptions): PilotModel {
  const { width, language } = options;
  const wide = width >= 520;
  const mapWidth = wide ? width * 0.6 : width;
  const mapHeight = Math.round(mapWidth * 0.78);
  // An Albers-like equal-area conic for China (standard parallels 25°N and 47°N, centred on 105°E).
  // The main map is fitted to the land north of 17°N; the South China Sea islands go in an inset at
  // the bottom right, as on Chinese maps, instead of shrinking the main map to reach 4°N.
  const conic = () => geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  const insetWidth = Math.round(mapWidth * 0.14);
  const insetHeight = Math.round(insetWidth * 1.45);
  const projection = conic()
    .fitExtent(
      [
        [2, 2],
        [mapWidth - insetWidth - 8, mapHeight - 2],
      ],
      mainland(data.provinces),
    )
    .clipExtent([
      [0, 0],
      [mapWidth, mapHeight],
    ]);
  const path = geoPath(projection).digits(1);
  const provinces = data.provinces.features.map((f) => ({ id: f.properties.id, path: path(f) ?? '' }));
  const inset = {
    x: mapWidth - insetWidth - 2,
    y: mapHeight - insetHeight - 2,
    width: insetWidth,
    height: insetHeight,
  };
  const insetProjection = conic()
    .fitExtent(
      [
        [inset.x + 2, inset.y + 2],
        [inset.x + inset.width - 2, inset.y + inset.height - 2],
      ],
      { type: 'MultiPoint', coordinates: SOUTH_CHINA_SEA },
    )
    .clipExtent([
      [inset.x, inset.y],
      [inset.x + inset.width, inset.y + inset.height],
    ]);
  const insetPath = geoPath(insetProjection).digits(1);
  const insetProvinces = data.provinces.features
    .map((f) => ({ id: f.properties.id, path: insetPath(f) ?? '' }))
    .filter((p) => p.path !== '');
  const points = data.pilotRegions.features.map((f) => {
    const [x, y] = projection(f.geometry.coordinates)!;
    return {
      id: f.properties.id,
      x: x!,
      y: y!,
      name: localized(f.properties, 'name', language),
      home: f.properties.id === HOME_REGION,
    };
  });

  const noteY = mapHeight + 16;
  const practice = data.stats.best_practice;
  const barsOrigin = wide ? { x: mapWidth + 20, y: 0, width: width - mapWidth - 20 } : { x: 0, y: noteY + 16, width };
  const chartTop = barsOrigin.y + 48;
  const baseline = chartTop + 150;
  const x = bands(
    practice.groups.map((g) => g.group),
    [barsOrigin.x, barsOrigin.x + barsOrigin.width],
  );
  const y = linearScale([0, Math.max(...practice.groups.map((g) => g.cases))], [baseline, chartTop]);
  const bars = practice.groups.map((g) => ({
    group: g.group,
    cases: g.cases,
    derived: g.status === 'derived',
    x: x.start.get(g.group)!,
    y: y(g.cases),
    width: x.bandwidth,
    height: baseline - y(g.cases),
    label: t(language, 'charts.pilot.group', { n: g.group }),
  }));
  const height = Math.max(noteY + 6, baseline + 44);
  return {
    width,
    height,
    provinces,
    inset: { ...inset, provinces: insetProvinces },
    points,
    bars,
    barsOrigin: { ...barsOrigin, baseline },
    heading: t(language, 'charts.pilot.casesByGroup'),
    totalText: t(language, 'charts.pilot.total', { total: practice.total_cases }),
    noteY,
  };
}

export function text(data: PilotData, language: Language): ChartText {
  const practice = data.stats.best_practice;
  const last = practice.groups[practice.groups.length - 1]!;
  const groups = practice.groups
    .map(
      (g) =>
        `${t(language, 'charts.pilot.group', { n: g.group })}: ${g.cases}${g.status === 'derived' ? ` (${t(language, 'charts.status.derived')})` : ''}`,
    )
    .join(', ');
  return {
    title: t(language, 'charts.pilot.title', {
      regions: data.pilotRegions.features.length,
      cases: practice.total_cases,
    }),
    takeaway: t(language, 'charts.pilot.takeaway', {
      regions: data.pilotRegions.features.length,
      cases: practice.total_cases,
      groups: practice.groups.length,
      lastCases: last.cases,
    }),
    description: t(language, 'charts.pilot.description', { regions: data.pilotRegions.features.length, groups }),
    source: t(language, 'charts.source', {
      sources: `${sourceList(language, [
        practice.source,
        data.pilotRegions.features[0]!.properties.source,
        ...practice.groups.map((g) => g.source),
      ])}; ${t(language, 'charts.pilot.provincesSource')}`,
    }),
  };
}

export function table(data: PilotData, language: Language): ChartTable[] {
  const practice = data.stats.best_practice;
  return [
    {
      caption: t(language, 'charts.pilot.regionsCaption'),
      columns: (['region', 'province', 'location'] as const).map((c) => t(language, `charts.pilot.col.${c}`)),
      rows: data.pilotRegions.features.map(({ properties: p }) => {
        const scope = localized(p, 'scope', language);
        return [localized(p, 'name', language) + (scope ? ` (${scope})` : ''), p.province, p.location];
      }),
    },
    {
      caption: t(language, 'charts.pilot.casesByGroup'),
      columns: (['group', 'cases', 'status'] as const).map((c) => t(language, `charts.pilot.col.${c}`)),
      rows: [
        ...practice.groups.map((g) => {
          const derivation = localized(g, 'derivation', language);
          return [
            t(language, 'charts.pilot.group', { n: g.group }),
            formatNumber(language, g.cases),
            t(language, `charts.status.${g.status}`) + (derivation ? `: ${derivation}` : ''),
          ];
        }),
        [
          t(language, 'charts.total'),
          formatNumber(language, practice.total_cases),
          t(language, 'charts.status.confirmed'),
        ],
      ],
    },
  ];
}

export function render(data: PilotData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const { language } = options;
  const svg = createChartSvg('pilot-regions', m.width, m.height, text(data, language));
  const hatch = addHatch(svg, 'pilot-regions-hatch', 'accent');
  const land = svg.append('g').attr('class', 'c-provinces');
  for (const province of m.provinces) {
    land.append('path').attr('class', 'c-land').attr('data-province', province.id).attr('d', province.path);
  }
  // Drawn after the main map, so its frame covers whatever of the main map reaches that corner.
  const inset = svg.append('g').attr('class', 'c-inset');
  inset
    .append('rect')
    .attr('class', 'c-inset-frame')
    .attr('x', round(m.inset.x, 1))
    .attr('y', round(m.inset.y, 1))
    .attr('width', round(m.inset.width, 1))
    .attr('height', round(m.inset.height, 1));
  for (const province of m.inset.provinces) {
    inset.append('path').attr('class', 'c-land c-inset-land').attr('d', province.path);
  }
  inset
    .append('text')
    .attr('class', 'c-small c-muted')
    .attr('x', round(m.inset.x + m.inset.width, 1))
    .attr('y', round(m.inset.y + m.inset.height + 11, 1))
    .attr('text-anchor', 'end')
    .style('font-size', '8.5px')
    .text(t(language, 'charts.pilot.southChinaSea'));
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
  for (const bar of m.bars) {
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
    g.append('text')
      .attr('class', 'c-value')
      .attr('x', round(bar.x + bar.width / 2, 1))
      .attr('y', round(bar.y - 5, 1))
      .attr('text-anchor', 'middle')
      .text(bar.cases);
    g.append('text')
      .attr('class', 'c-small')
      .attr('x', round(bar.x + bar.width / 2, 1))
      .attr('y', round(o.baseline + 14, 1))
      .attr('text-anchor', 'middle')
      .text(bar.label);
    if (bar.derived) {
      g.append('text')
        .attr('class', 'c-small c-muted')
        .attr('x', round(bar.x + bar.width / 2, 1))
        .attr('y', round(o.baseline + 27, 1))
        .attr('text-anchor', 'middle')
        .text(t(language, 'charts.status.derived'));
    }
  }
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
