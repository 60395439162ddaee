import { linearScale, pointPositions } from '../scales';
import { line } from 'd3-shape';
import { formatNumber, localized } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { Series } from '../../../data/statsSchema';
import type { ChartData, ChartDefinition, ChartOptions, ChartTable, ChartText } from '../types';
import { sourceList } from '../text';
import { appendBottomAxis, createChartSvg } from '../svg';
import { round } from '../../../geo/round';
import { t } from '../strings';

export type ServicesShareData = Pick<ChartData, 'stats'>;

const SERIES_ID = 'services-share-of-gdp';
/** The figure of the Global Times article (83.5% in 2019); its year is the one the chart highlights. */
const HIGHLIGHT_FIGURE_ID = 'services-share-gdp-2019';

export interface SharePoint {
  year: string;
  value: number;
  x: number;
  y: number;
  label: string;
  highlighted: boolean;
  /** Lower than both neighbours: its label goes below the dot, clear of the line. */
  dip: boolean;
  /** The first-published value this one replaced, where there was a revision. */
  revision: { original: number; y: number; label: string } | null;
}

export interface ServicesShareModel {
  width: number;
  height: number;
  points: SharePoint[];
  path: string;
  yTicks: { value: number; y: number; label: string }[];
  left: number;
  right: number;
  bottom: number;
  axisNote: string;
}

function seriesOf(data: ServicesShareData): Series {
  const series = data.stats.series.find((s) => s.id === SERIES_ID);
  if (!series) throw new Error(`stats.json has no series "${SERIES_ID}"`);
  return series;
}

function highlightYear(data: ServicesShareData): string | null {
  return data.stats.figures.find((f) => f.id === HIGHLIGHT_FIGURE_ID)?.period ?? null;
}

const percent = (language: Language, value: number) => `${formatNumber(language, value, 1, 1)}%`;

export function model(data: ServicesShareData, options: ChartOptions): ServicesShareModel {
  const { width, language } = options;
  const series = seriesOf(data);
  const highlight = highlightYear(data);
  const height = Math.round(Math.min(300, Math.max(230, width * 0.48)));
  const left = 40;
  const right = width - 12;
  const top = 28;
  const bottom = height - 26;
  const values = series.points.flatMap((p) => [p.value, p.revision?.original_value ?? p.value]);
  const x = pointPositions(
    series.points.map((p) => p.period),
    [left, right],
  );
  const domain: [number, number] = [Math.floor(Math.min(...values)) - 1, Math.ceil(Math.max(...values)) + 1];
  const y = linearScale(domain, [bottom, top]);
  const points = series.points.map((p, index, all) => ({
    year: p.period,
    value: p.value,
    x: x.get(p.period)!,
    y: y(p.value),
    label: p.revision
      ? t(language, 'charts.share.revisedValue', { value: percent(language, p.value) })
      : percent(language, p.value),
    dip: index > 0 && index < all.length - 1 && p.value < all[index - 1]!.value && p.value < all[index + 1]!.value,
    highlighted: p.period === highlight,
    revision: p.revision
      ? {
          original: p.revision.original_value,
          y: y(p.revision.original_value),
          label: t(language, 'charts.share.original', { original: percent(language, p.revision.original_value) }),
        }
      : null,
  }));
  const path = line<SharePoint>()
    .x((p) => round(p.x, 1))
    .y((p) => round(p.y, 1))(points)!;
  const [min] = domain;
  return {
    width,
    height,
    points,
    path,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value), label: `${value}%` })),
    left,
    right,
    bottom,
    axisNote: t(language, 'charts.share.axisNote', { min: `${min}%` }),
  };
}

export function text(data: ServicesShareData, language: Language): ChartText {
  const series = seriesOf(data);
  const first = series.points[0]!;
  const last = series.points[series.points.length - 1]!;
  const highlight = series.points.find((p) => p.period === highlightYear(data)) ?? first;
  const revised = series.points.find((p) => p.revision);
  return {
    title: t(language, 'charts.share.title', { first: first.period, last: last.period }),
    takeaway: t(language, 'charts.share.takeaway', {
      highlight: percent(language, highlight.value),
      highlightYear: highlight.period,
      last: percent(language, last.value),
      lastYear: last.period,
    }),
    description: t(language, 'charts.share.description', {
      points: series.points.map((p) => `${p.period} ${percent(language, p.value)}`).join(', '),
      revision: revised
        ? t(language, 'charts.share.revision', {
            year: revised.period,
            original: percent(language, revised.revision!.original_value),
          })
        : '',
    }),
    source: t(language, 'charts.source', {
      sources: sourceList(
        language,
        series.points.flatMap((p) => [p.source, ...(p.revision ? [p.revision.source] : [])]),
      ),
    }),
  };
}

export function table(data: ServicesShareData, language: Language): ChartTable[] {
  const series = seriesOf(data);
  return [
    {
      caption: localized(series, 'label', language),
      columns: (['year', 'share', 'note', 'source'] as const).map((c) => t(language, `charts.share.col.${c}`)),
      rows: series.points.map((p) => [
        p.period,
        formatNumber(language, p.value, 1, 1),
        [
          p.revision
            ? t(language, 'charts.share.revision', {
                year: p.period,
                original: percent(language, p.revision.original_value),
              })
            : '',
          localized(p, 'note', language) ?? '',
        ]
          .filter(Boolean)
          .join(' '),
        sourceList(language, [p.source]),
      ]),
    },
  ];
}

export function render(data: ServicesShareData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const svg = createChartSvg('services-share', m.width, m.height, text(data, options.language));
  const grid = svg.append('g');
  for (const tick of m.yTicks) {
    grid
      .append('line')
      .attr('class', 'c-grid')
      .attr('x1', m.left)
      .attr('x2', round(m.right, 1))
      .attr('y1', round(tick.y, 1))
      .attr('y2', round(tick.y, 1));
    grid
      .append('text')
      .attr('class', 'c-small c-muted')
      .attr('x', m.left - 6)
      .attr('y', round(tick.y + 4, 1))
      .attr('text-anchor', 'end')
      .text(tick.label);
  }
  appendBottomAxis(
    svg,
    m.bottom,
    [m.left, m.right],
    m.points.map((p) => ({ x: p.x, label: p.year })),
  );
  // The y axis is drawn by the grid labels; only its note is needed, because it does not start at 0.
  svg.append('text').attr('class', 'c-small c-muted').attr('x', 0).attr('y', 12).text(m.axisNote);

  for (const p of m.points.filter((point) => point.revision)) {
    const r = p.revision!;
    const g = svg.append('g').attr('class', 'c-revision');
    g.append('line')
      .attr('class', 'c-rule')
      .attr('stroke-dasharray', '3 3')
      .attr('x1', round(p.x, 1))
      .attr('x2', round(p.x, 1))
      .attr('y1', round(r.y, 1))
      .attr('y2', round(p.y + 5, 1));
    g.append('circle').attr('class', 'c-hollow').attr('cx', round(p.x, 1)).attr('cy', round(r.y, 1)).attr('r', 4.5);
    g.append('text')
      .attr('class', 'c-small c-muted')
      .attr('x', round(p.x + 9, 1))
      .attr('y', round(r.y + 4, 1))
      .text(r.label);
  }
  svg.append('path').attr('class', 'c-line').attr('d', m.path);
  for (const p of m.points) {
    const g = svg.append('g').attr('class', p.highlighted ? 'c-point c-highlight' : 'c-point');
    if (p.highlighted)
      g.append('circle').attr('class', 'c-hollow').attr('cx', round(p.x, 1)).attr('cy', round(p.y, 1)).attr('r', 10);
    g.append('circle')
      .attr('class', 'c-accent')
      .attr('cx', round(p.x, 1))
      .attr('cy', round(p.y, 1))
      .attr('r', p.highlighted ? 6 : 4);
    g.append('text')
      .attr('class', p.highlighted ? 'c-value c-accent' : 'c-small c-value')
      .attr('x', round(p.x, 1))
      .attr('y', round(p.dip ? p.y + 18 : p.y - (p.highlighted ? 15 : 10), 1))
      .attr('text-anchor', 'middle')
      .text(p.label);
  }
  return svg.node()!;
}

export const servicesShareChart: ChartDefinition<ServicesShareData> = {
  id: 'services-share',
  needs: ['stats'],
  text,
  table,
  render,
};
