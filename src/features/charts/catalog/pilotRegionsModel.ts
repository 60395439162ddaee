// The pilot-regions chart's pure half: positions and labels (`model`), its words (`text`) and its table.
// No DOM, so unit tests read it in Node; pilotRegions.ts draws it.
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { bands, linearScale } from '../scales';
import { formatNumber, localized } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { ChartData, ChartOptions, ChartTable, ChartText } from '../types';
import { sourceList } from '../text';
import { t } from '../strings';

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
