import { localized, zoneName } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { AtlasEvent, EventPlace } from '../../../data/eventsSchema';
import type { ChartData, ChartDefinition, ChartOptions, ChartTable, ChartText } from '../types';
import { formatDate, sourceList, wrapText } from '../text';
import { appendLines, applyHighlight, createChartSvg, emit } from '../svg';
import { round } from '../../../geo/round';
import { t } from '../strings';

export type TimelineData = Pick<ChartData, 'events' | 'zones'>;

/** The timeline starts with the year of the FTZ announcement. */
const FROM = '2020';
/** The announcement and the last inauguration: the takeaway counts the days between them. */
const ANNOUNCED_ID = 'ciftis-2020-announcement';
const OPENED_ID = 'business-and-industry-areas-inaugurated';

export interface TimelineRow {
  kind: 'year' | 'event';
  y: number;
  height: number;
  year: string;
  event?: AtlasEvent;
  dateLines: string[];
  titleLines: string[];
  /** The one zone the event is about, for hover linking with the map. */
  zoneId: string | null;
}

export interface TimelineModel {
  width: number;
  height: number;
  lineX: number;
  textX: number;
  rows: TimelineRow[];
}

const TITLE_FONT = 12;

const eventsFrom = (data: Pick<ChartData, 'events'>) =>
  data.events.events.filter((e) => e.date >= FROM).sort((a, b) => a.date.localeCompare(b.date));

const title = (e: AtlasEvent, language: Language) => localized(e, 'title', language);

export function model(data: TimelineData, options: ChartOptions): TimelineModel {
  const { width, language } = options;
  const dateWidth = Math.min(120, Math.max(84, width * 0.2));
  const lineX = dateWidth + 10;
  const textX = lineX + 14;
  const rows: TimelineRow[] = [];
  let y = 0;
  let year = '';
  for (const event of eventsFrom(data)) {
    const eventYear = event.date.slice(0, 4);
    if (eventYear !== year) {
      year = eventYear;
      rows.push({ kind: 'year', y, height: 26, year, dateLines: [], titleLines: [], zoneId: null });
      y += 26;
    }
    const titleLines = wrapText(title(event, language), width - textX - 4, TITLE_FONT, 4);
    if (event.place) titleLines.push(`◎ ${t(language, 'charts.timeline.showOnMap')}`);
    const dateLines = [formatDate(language, event.date)];
    if (event.date_basis === 'report')
      dateLines.push(...wrapText(t(language, 'charts.timeline.reportDate'), dateWidth, 9.5, 2));
    const height = Math.max(titleLines.length, dateLines.length) * 15 + 10;
    const zoneIds = event.place && 'zone_ids' in event.place ? event.place.zone_ids : [];
    rows.push({
      kind: 'event',
      y,
      height,
      year,
      event,
      dateLines,
      titleLines,
      zoneId: zoneIds.length === 1 ? zoneIds[0]! : null,
    });
    y += height;
  }
  return { width, height: y + 4, lineX, textX, rows };
}

function placeName(place: EventPlace | undefined, data: TimelineData, language: Language): string {
  if (!place) return '';
  if ('lnglat' in place) return `${localized(place, 'name', language)} (${place.location})`;
  const byId = new Map(data.zones.features.map((f) => [f.properties.id, f.properties]));
  return place.zone_ids.map((id) => (byId.has(id) ? zoneName(byId.get(id)!, language) : id)).join(', ');
}

export function text(data: TimelineData, language: Language): ChartText {
  const events = eventsFrom(data);
  const announced = events.find((e) => e.id === ANNOUNCED_ID);
  const opened = events.find((e) => e.id === OPENED_ID);
  const days =
    announced && opened ? Math.round((Date.parse(opened.date) - Date.parse(announced.date)) / 86_400_000) : 0;
  return {
    title: t(language, 'charts.timeline.title'),
    takeaway: t(language, 'charts.timeline.takeaway', {
      first: formatDate(language, announced?.date ?? events[0]!.date),
      days,
      count: events.length,
      last: formatDate(language, events[events.length - 1]!.date),
    }),
    description: t(language, 'charts.timeline.description', {
      count: events.length,
      items: events.map((e) => `${formatDate(language, e.date)}: ${title(e, language)}`).join('; '),
    }),
    source: t(language, 'charts.source', {
      sources: sourceList(
        language,
        events.map((e) => e.source),
      ),
    }),
  };
}

export function table(data: TimelineData, language: Language): ChartTable[] {
  return [
    {
      caption: t(language, 'charts.timeline.title'),
      columns: (['date', 'event', 'place', 'source'] as const).map((c) => t(language, `charts.timeline.col.${c}`)),
      rows: eventsFrom(data).map((e) => [
        formatDate(language, e.date) +
          (e.date_basis === 'report' ? ` (${t(language, 'charts.timeline.reportDate')})` : ''),
        title(e, language),
        placeName(e.place, data, language),
        sourceList(language, [e.source, ...(e.also ?? [])]),
      ]),
      // The table is also the keyboard route to the map: each event with a place gets a button.
      actions: eventsFrom(data).map((e) => (e.place ? { kind: 'fly' as const, place: e.place } : null)),
      actionLabel: t(language, 'charts.timeline.showOnMap'),
    },
  ];
}

export function render(data: TimelineData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const svg = createChartSvg('timeline', m.width, m.height, text(data, options.language));
  const node = svg.node()!;
  svg
    .append('line')
    .attr('class', 'c-rule')
    .attr('x1', round(m.lineX, 1))
    .attr('x2', round(m.lineX, 1))
    .attr('y1', 8)
    .attr('y2', round(m.height - 6, 1));
  for (const row of m.rows) {
    if (row.kind === 'year') {
      svg
        .append('text')
        .attr('class', 'c-heading')
        .attr('x', 0)
        .attr('y', round(row.y + 18, 1))
        .text(row.year);
      continue;
    }
    const event = row.event!;
    const g = svg
      .append('g')
      .attr('class', 'c-event')
      .attr('data-event-id', event.id)
      .attr('transform', `translate(0, ${round(row.y, 1)})`);
    if (row.zoneId) g.attr('data-zone-id', row.zoneId);
    g.append('rect')
      .attr('class', 'c-hit')
      .attr('width', round(m.width, 1))
      .attr('height', round(row.height, 1))
      .attr('fill', 'transparent');
    const dates = appendLines(g, row.dateLines.slice(0, 1), 0, 15, 15, 'c-small c-value');
    row.dateLines
      .slice(1)
      .forEach((line) =>
        dates
          .append('tspan')
          .attr('x', 0)
          .attr('dy', 13)
          .attr('class', 'c-muted')
          .style('font-size', '9.5px')
          .text(line),
      );
    g.append('circle')
      .attr('class', event.place ? 'c-accent c-mark' : 'c-hollow c-mark')
      .attr('cx', round(m.lineX, 1))
      .attr('cy', 11)
      .attr('r', 5);
    const title = appendLines(
      g,
      row.titleLines.slice(0, event.place ? -1 : undefined),
      m.textX,
      15,
      15,
      'c-event-title',
    );
    if (event.place) {
      g.attr('data-place', 'true');
      title
        .append('tspan')
        .attr('x', round(m.textX, 1))
        .attr('dy', 15)
        .attr('class', 'c-small c-accent')
        .text(row.titleLines[row.titleLines.length - 1]!);
      const place = event.place;
      g.on('click', () => emit(node, { kind: 'fly', place }));
    }
    if (row.zoneId) {
      const zoneId = row.zoneId;
      g.on('pointerenter', () => emit(node, { kind: 'hover', zoneId }));
      g.on('pointerleave', () => emit(node, { kind: 'hover', zoneId: null }));
    }
  }
  applyHighlight(node, options.hoveredId ?? null, options.selectedId ?? null);
  return node;
}

export const timelineChart: ChartDefinition<TimelineData> = {
  id: 'timeline',
  needs: ['events'],
  text,
  table,
  render,
};
