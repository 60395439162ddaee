import { localized } from '../../../i18n/index';
import type { Language } from '../../../state/appState';
import type { Figure } from '../../../data/statsSchema';
import type { ChartData, ChartDefinition, ChartOptions, ChartTable, ChartText } from '../types';
import { formatPeriod, sourceLabel, sourceList, textWidth, wrapText } from '../text';
import { appendLines, applyHighlight, createChartSvg, wireZoneMarks } from '../svg';
import { round } from '../../../geo/round';
import { t } from '../strings';

export type KeyFiguresData = Pick<ChartData, 'stats' | 'colors'>;

export interface Card {
  id: string;
  zoneId: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
  value: string;
  /** The value's font size: as large as fits the card, at most 24 px. */
  valueSize: number;
  /** The colour of the zone the figure is about (as on the map), or null. */
  zoneColor: string | null;
  labelLines: string[];
  sourceLines: string[];
}

export interface KeyFiguresModel {
  width: number;
  height: number;
  columns: number;
  cards: Card[];
}

const GAP = 10;
const MIN_CARD_WIDTH = 170;
const LABEL_FONT = 11.5;
const SOURCE_FONT = 9.5;

const cardFigures = (data: KeyFiguresData) => data.stats.figures.filter((f) => f.card);
const display = (f: Figure, language: Language) => localized(f, 'display', language);
const label = (f: Figure, language: Language) => localized(f, 'label', language);

/** Cards in a grid of up to three columns; each row is as tall as its tallest card. */
export function model(data: KeyFiguresData, options: ChartOptions): KeyFiguresModel {
  const { width, language } = options;
  const columns = Math.max(1, Math.min(3, Math.floor((width + GAP) / (MIN_CARD_WIDTH + GAP))));
  const cardWidth = (width - GAP * (columns - 1)) / columns;
  const figures = cardFigures(data);
  const drafts = figures.map((figure) => ({
    figure,
    labelLines: wrapText(label(figure, language), cardWidth - 20, LABEL_FONT, 5),
    sourceLines: wrapText(
      `${sourceLabel(language, figure.source)} · ${formatPeriod(language, figure.period)}`,
      cardWidth - 20,
      SOURCE_FONT,
      2,
    ),
  }));
  const cards: Card[] = [];
  let y = 0;
  for (let start = 0; start < drafts.length; start += columns) {
    const row = drafts.slice(start, start + columns);
    const height = Math.max(...row.map((d) => 46 + d.labelLines.length * 14 + 6 + d.sourceLines.length * 12 + 6));
    row.forEach((d, index) => {
      cards.push({
        id: d.figure.id,
        zoneId: d.figure.zone_id ?? null,
        x: index * (cardWidth + GAP),
        y,
        width: cardWidth,
        height,
        value: display(d.figure, language),
        valueSize: Math.min(24, Math.floor((cardWidth - 20) / textWidth(display(d.figure, language), 1))),
        zoneColor: d.figure.zone_id ? (data.colors.get(d.figure.zone_id) ?? null) : null,
        labelLines: d.labelLines,
        sourceLines: d.sourceLines,
      });
    });
    y += height + GAP;
  }
  return { width, height: Math.max(1, y - GAP + 2), columns, cards };
}

export function text(data: KeyFiguresData, language: Language): ChartText {
  const figures = cardFigures(data);
  const first = figures[0];
  return {
    title: t(language, 'charts.figures.title'),
    takeaway: t(language, 'charts.figures.takeaway', {
      first: first ? `${display(first, language)} ${label(first, language)}` : '',
    }),
    description: t(language, 'charts.figures.description', {
      count: figures.length,
      items: figures.map((f) => `${display(f, language)} ${label(f, language)}`).join('; '),
    }),
    source: t(language, 'charts.source', {
      sources: sourceList(
        language,
        figures.map((f) => f.source),
      ),
    }),
  };
}

export function table(data: KeyFiguresData, language: Language): ChartTable[] {
  return [
    {
      caption: t(language, 'charts.figures.title'),
      columns: (['figure', 'value', 'period', 'status', 'source'] as const).map((c) =>
        t(language, `charts.figures.col.${c}`),
      ),
      rows: cardFigures(data).map((f) => [
        label(f, language),
        display(f, language),
        formatPeriod(language, f.period),
        t(language, `charts.status.${f.status}`),
        sourceList(language, [f.source, ...(f.also ?? [])]),
      ]),
    },
  ];
}

export function render(data: KeyFiguresData, options: ChartOptions): SVGSVGElement {
  const m = model(data, options);
  const svg = createChartSvg('key-figures', m.width, m.height, text(data, options.language));
  for (const card of m.cards) {
    const g = svg
      .append('g')
      .attr('class', 'c-figure')
      .attr('data-figure', card.id)
      .attr('transform', `translate(${round(card.x, 1)}, ${round(card.y, 1)})`);
    if (card.zoneId) g.attr('data-zone-id', card.zoneId);
    g.append('rect')
      .attr('class', 'c-card c-mark')
      .attr('x', 0.5)
      .attr('y', 0.5)
      .attr('rx', 6)
      .attr('width', round(card.width - 1, 1))
      .attr('height', round(card.height - 1, 1));
    if (card.zoneColor) {
      g.append('rect')
        .attr('x', 0.5)
        .attr('y', 8)
        .attr('width', 4)
        .attr('height', round(card.height - 16, 1))
        .attr('fill', card.zoneColor);
    }
    g.append('text')
      .attr('class', 'c-big c-accent')
      .attr('x', 10)
      .attr('y', 34)
      .style('font-size', `${card.valueSize}px`)
      .text(card.value);
    appendLines(g, card.labelLines, 10, 56, 14, '');
    appendLines(g, card.sourceLines, 10, 56 + card.labelLines.length * 14 + 8, 12, 'c-muted').style(
      'font-size',
      `${SOURCE_FONT}px`,
    );
  }
  const node = svg.node()!;
  wireZoneMarks(node);
  applyHighlight(node, options.hoveredId ?? null, options.selectedId ?? null);
  return node;
}

export const keyFiguresChart: ChartDefinition<KeyFiguresData> = {
  id: 'key-figures',
  needs: ['stats'],
  text,
  table,
  render,
};
