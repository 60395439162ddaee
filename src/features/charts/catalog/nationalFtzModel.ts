// "Beijing among China's FTZs", the pure half: positions and labels (`model`), words (`text`) and
// tables. No DOM, so unit tests read it in Node; nationalFtz.ts draws it.
import { formatArea, formatNumber } from '../../../i18n/index';
import type { Ftz, FtzFigure, FtzSource } from '../../../data/nationalFtzSchema';
import type { Language } from '../../../state/appState';
import type { ChartData, ChartOptions, ChartTable, ChartText } from '../types';
import { linearScale } from '../scales';
import { chinaMap, type ChinaMap } from './chinaMap';
import { t } from '../strings';

export type NationalData = Pick<ChartData, 'nationalFtz' | 'provinces'>;
export const NATIONAL_SORTS = ['batch', 'area'] as const;

/** The zone the atlas is about: its bar and province in the accent colour. */
export const HOME_FTZ = 'beijing';

export interface NationalSegment {
  id: string;
  x: number;
  width: number;
  label: string;
}

export interface NationalRow {
  id: string;
  province: string;
  label: string;
  home: boolean;
  y: number;
  /** The current total, or null where not published. */
  km2: number | null;
  barWidth: number;
  /** Past the scale (Hainan, the whole island): the bar stops at the scale's end with a break. */
  offScale: boolean;
  valueText: string;
  /** With "areas side by side": one segment per published area, or null (none, or not all published). */
  segments: NationalSegment[] | null;
  /** With "areas side by side", for a zone whose areas are not all published: the bar is hollow. */
  areasUnpublished: boolean;
}

export interface NationalModel {
  width: number;
  height: number;
  map: ChinaMap & { width: number; height: number };
  homeProvince: string;
  heading: string;
  hint: string;
  x0: number;
  scaleEnd: number;
  ticks: { x: number; label: string }[];
  top: number;
  axisY: number;
  batches: { label: string; y: number }[];
  rows: NationalRow[];
}

const ROW = 19;
const BATCH_GAP = 17;

/** "China (Shanghai) Pilot FTZ" → "Shanghai"; "中国（上海）自由贸易试验区" → "上海". */
export function shortName(ftz: Pick<Ftz, 'name_en' | 'name_zh'>, language: Language): string {
  const match = language === 'zh' ? /（(.+?)）/.exec(ftz.name_zh) : /\((.+?)\)/.exec(ftz.name_en);
  return match?.[1] ?? (language === 'zh' ? ftz.name_zh : ftz.name_en);
}

function ordered(ftzs: readonly Ftz[], sort: string): Ftz[] {
  const byArea = (a: Ftz, b: Ftz) => (b.current.km2 ?? -1) - (a.current.km2 ?? -1);
  return [...ftzs].sort(sort === 'area' ? byArea : (a, b) => a.batch - b.batch || byArea(a, b));
}

/** The areas as segments of the bar, when every one of them is published. */
function segments(ftz: Ftz, x0: number, px: number, language: Language): NationalSegment[] | null {
  if (ftz.areas.length === 0 || ftz.areas.some((a) => a.area.km2 === null)) return null;
  let x = x0;
  return ftz.areas.map((a) => {
    const width = a.area.km2! * px;
    const segment = {
      id: a.id,
      x,
      width,
      label: `${language === 'zh' ? a.name_zh : a.name_en}: ${formatArea(language, a.area.km2!)}`,
    };
    x += width;
    return segment;
  });
}

/** The bars and their labels, from `top` down; batch headings when grouped by batch. */
function rows(data: NationalData, options: ChartOptions, frame: { top: number; x0: number; end: number }) {
  const { language } = options;
  const sort = options.sort === 'area' ? 'area' : 'batch';
  const onScale = data.nationalFtz.ftzs.filter((f) => !f.whole_island).map((f) => f.current.km2 ?? 0);
  const scaleMax = Math.ceil(Math.max(...onScale) / 50) * 50;
  const scale = linearScale([0, scaleMax], [frame.x0, frame.end]);
  const px = (frame.end - frame.x0) / scaleMax;
  const batches: NationalModel['batches'] = [];
  let y = frame.top;
  let batch: number | null = null;
  const list = ordered(data.nationalFtz.ftzs, sort).map((ftz): NationalRow => {
    if (sort === 'batch' && ftz.batch !== batch) {
      batch = ftz.batch;
      y += BATCH_GAP;
      batches.push({ label: t(language, 'charts.national.batch', { year: ftz.batch }), y });
    }
    const km2 = ftz.current.km2;
    const unpublished = ftz.areas.some((a) => a.area.km2 === null);
    const offScale = km2 !== null && km2 > scaleMax;
    const row: NationalRow = {
      id: ftz.id,
      province: ftz.province,
      label: shortName(ftz, language) + (sort === 'area' ? ` ${ftz.batch}` : ''),
      home: ftz.id === HOME_FTZ,
      y,
      km2,
      barWidth: km2 === null ? 0 : Math.min(km2, scaleMax) * px,
      offScale,
      valueText:
        km2 === null
          ? t(language, 'charts.notPublished')
          : offScale
            ? t(language, 'charts.national.offScale', { value: formatArea(language, km2) })
            : formatNumber(language, km2) +
              (options.detail && unpublished ? ` · ${t(language, 'charts.national.areasNotPublished')}` : ''),
      segments: options.detail ? segments(ftz, frame.x0, px, language) : null,
      areasUnpublished: Boolean(options.detail) && unpublished,
    };
    y += ROW;
    return row;
  });
  const ticks = scale.ticks(5).map((tick) => ({ x: scale(tick), label: formatNumber(language, tick, 0) }));
  return { rows: list, batches, ticks, axisY: y + 4 };
}

export function model(data: NationalData, options: ChartOptions): NationalModel {
  const { width, language } = options;
  const mapWidth = Math.min(width, 300);
  const mapHeight = Math.round(mapWidth * 0.78);
  const map = chinaMap(data.provinces, mapWidth, mapHeight);
  const top = mapHeight + 34;
  const x0 = width < 400 ? 78 : 96;
  // Room at the right for the longest on-scale value ("240.22").
  const end = Math.max(x0 + 60, width - 46);
  const bars = rows(data, options, { top, x0, end });
  const home = data.nationalFtz.ftzs.find((f) => f.id === HOME_FTZ);
  return {
    width,
    height: bars.axisY + 28,
    map: { ...map, width: mapWidth, height: mapHeight },
    homeProvince: home?.province ?? '',
    heading: t(language, 'charts.national.heading'),
    hint: t(language, 'charts.national.hover'),
    x0,
    scaleEnd: end,
    ticks: bars.ticks,
    top,
    axisY: bars.axisY,
    batches: bars.batches,
    rows: bars.rows,
  };
}

const km2Of = (data: NationalData, id: string) => data.nationalFtz.ftzs.find((f) => f.id === id)?.current.km2 ?? null;
const areaText = (language: Language, km2: number | null) =>
  km2 === null ? t(language, 'charts.notPublished') : formatArea(language, km2);

/** "[S03] China Daily Invest in China, 2020-11-11" */
export function sourceLabel(source: FtzSource): string {
  return `[${source.id}] ${source.publisher}${source.date ? `, ${source.date}` : ''}`;
}

export function text(data: NationalData, language: Language): ChartText {
  const { ftzs, sources } = data.nationalFtz;
  const typical = ftzs.filter((f) => f.current.km2 !== null && f.current.km2 >= 115 && f.current.km2 <= 121);
  const rowsText = ordered(ftzs, 'batch').map(
    (f) => `${shortName(f, language)} (${f.batch}): ${areaText(language, f.current.km2)}`,
  );
  const used = new Set(ftzs.flatMap((f) => f.current.sources));
  return {
    title: t(language, 'charts.national.title', { count: ftzs.length }),
    takeaway: t(language, 'charts.national.takeaway', {
      beijing: areaText(language, km2Of(data, HOME_FTZ)),
      typical: typical.length,
      count: ftzs.length,
      shanghai: areaText(language, km2Of(data, 'shanghai')),
      zhejiang: areaText(language, km2Of(data, 'zhejiang')),
    }),
    description: t(language, 'charts.national.description', { rows: rowsText.join('; ') }),
    source: t(language, 'charts.source', {
      sources: t(language, 'charts.national.sources', {
        sources: sources
          .filter((s) => used.has(s.id))
          .map(sourceLabel)
          .join('; '),
      }),
    }),
  };
}

const statusText = (language: Language, figure: Pick<FtzFigure, 'status' | 'derivation_en' | 'derivation_zh'>) => {
  const derivation = language === 'zh' ? figure.derivation_zh : figure.derivation_en;
  return t(language, `charts.status.${figure.status}`) + (derivation ? `: ${derivation}` : '');
};
const kmCell = (language: Language, figure: FtzFigure) =>
  figure.km2 === null ? t(language, 'charts.notPublished') : formatNumber(language, figure.km2, 3);
const noteOf = (language: Language, figure: FtzFigure) => (language === 'zh' ? figure.note_zh : figure.note_en);

function ftzTable(data: NationalData, language: Language): ChartTable {
  const cols = ['ftz', 'batch', 'plan', 'approval', 'current', 'count', 'status', 'sources'] as const;
  return {
    caption: t(language, 'charts.national.ftzCaption'),
    columns: cols.map((c) => t(language, `charts.national.col.${c}`)),
    rows: ordered(data.nationalFtz.ftzs, 'batch').map((f) => {
      const note = noteOf(language, f.current);
      return [
        language === 'zh' ? f.name_zh : f.name_en,
        String(f.batch),
        `${f.plan.document ?? t(language, 'charts.national.noDocument')}${f.plan.published ? ` (${f.plan.published})` : ''}`,
        kmCell(language, f.approval),
        kmCell(language, f.current) + (note ? ` (${note})` : ''),
        f.area_count === null ? t(language, 'charts.national.wholeIsland') : String(f.area_count),
        statusText(language, f.current),
        [...new Set([...f.current.sources, ...f.approval.sources, ...f.plan.sources])].join(', '),
      ];
    }),
  };
}

function areasTable(data: NationalData, language: Language): ChartTable {
  const cols = ['ftz', 'area', 'km2', 'status', 'sources'] as const;
  return {
    caption: t(language, 'charts.national.areasCaption'),
    columns: cols.map((c) => t(language, `charts.national.col.${c}`)),
    rows: ordered(data.nationalFtz.ftzs, 'batch').flatMap((f) =>
      f.areas.map((a) => {
        const note = noteOf(language, a.area);
        return [
          shortName(f, language),
          language === 'zh' ? a.name_zh : a.name_en,
          kmCell(language, a.area) + (note ? ` (${note})` : ''),
          statusText(language, a.area),
          a.area.sources.join(', '),
        ];
      }),
    ),
  };
}

export function table(data: NationalData, language: Language): ChartTable[] {
  const cols = ['id', 'publisher', 'date', 'address', 'quote'] as const;
  return [
    ftzTable(data, language),
    areasTable(data, language),
    {
      caption: t(language, 'charts.national.sourcesCaption'),
      columns: cols.map((c) => t(language, `charts.national.col.${c}`)),
      rows: data.nationalFtz.sources.map((s) => [
        s.id,
        s.publisher,
        s.date ?? '—',
        s.url ?? t(language, 'charts.national.noAddress'),
        s.quote,
      ]),
    },
  ];
}
