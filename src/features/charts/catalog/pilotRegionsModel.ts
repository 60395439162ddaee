// The pilot-regions chart's pure half: positions and labels (`model`), its words (`text`) and its table.
// No DOM, so unit tests read it in Node; pilotRegions.ts draws it.
import { bands, linearScale } from '../scales';
import { formatNumber, localized } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { ChartData, ChartOptions, ChartTable, ChartText } from '../types';
import { sourceList } from '../text';
import { chinaMap } from './chinaMap';
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

type MapParts = Pick<PilotModel, 'provinces' | 'inset' | 'points'>;

/** The map (chinaMap.ts) and the pilot regions on it. */
function mapParts(data: PilotData, mapWidth: number, mapHeight: number, language: Language): MapParts {
  const { provinces, inset, projection } = chinaMap(data.provinces, mapWidth, mapHeight);
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
  return { provinces, inset, points };
}

/** The cases per group of best practices, as bars from `frame.baseline` up to at most `frame.top`. */
function bars(data: PilotData, frame: { x: number; width: number; top: number; baseline: number }, language: Language) {
  const practice = data.stats.best_practice;
  const x = bands(
    practice.groups.map((g) => g.group),
    [frame.x, frame.x + frame.width],
  );
  const y = linearScale([0, Math.max(...practice.groups.map((g) => g.cases))], [frame.baseline, frame.top]);
  return practice.groups.map((g) => ({
    group: g.group,
    cases: g.cases,
    derived: g.status === 'derived',
    x: x.start.get(g.group)!,
    y: y(g.cases),
    width: x.bandwidth,
    height: frame.baseline - y(g.cases),
    label: t(language, 'charts.pilot.group', { n: g.group }),
  }));
}

export function model(data: PilotData, options: ChartOptions): PilotModel {
  const { width, language } = options;
  // Wide: the bars beside the map; narrow: under it.
  const wide = width >= 520;
  const mapWidth = wide ? width * 0.6 : width;
  const mapHeight = Math.round(mapWidth * 0.78);
  const noteY = mapHeight + 16;
  const barsOrigin = wide ? { x: mapWidth + 20, y: 0, width: width - mapWidth - 20 } : { x: 0, y: noteY + 16, width };
  const chartTop = barsOrigin.y + 48;
  const baseline = chartTop + 150;
  return {
    width,
    height: Math.max(noteY + 6, baseline + 44),
    ...mapParts(data, mapWidth, mapHeight, language),
    bars: bars(data, { x: barsOrigin.x, width: barsOrigin.width, top: chartTop, baseline }, language),
    barsOrigin: { ...barsOrigin, baseline },
    heading: t(language, 'charts.pilot.casesByGroup'),
    totalText: t(language, 'charts.pilot.total', { total: data.stats.best_practice.total_cases }),
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
