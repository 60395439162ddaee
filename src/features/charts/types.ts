import type { ZoneCollection } from '../../data/schema';
import type { ZoneMetrics } from '../../geo/metrics';
import type { StatisticsData } from '../../data/loadStats';
import type { EventPlace } from '../../data/eventsSchema';
import type { Language } from '../../state/appState';
import type { StringKey } from '../../i18n/translate';

/** Everything a chart may draw from. Each chart takes only the part it needs (a Pick of this). */
export interface ChartData extends StatisticsData {
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  /** Zone id -> colour, from src/color/palette.ts, so charts and map agree. */
  colors: ReadonlyMap<string, string>;
}

export interface ChartOptions {
  /** Width of the drawing in CSS pixels; the height follows from the content. */
  width: number;
  language: Language;
  hoveredId?: string | null;
  selectedId?: string | null;
  /** For sortable charts: one of the chart's `sortOptions`. */
  sort?: string;
  /** For charts with a `detailToggle`: whether it is on (e.g. the areas side by side). */
  detail?: boolean;
}

/** The words around a chart: shown as HTML beside it, and inside the SVG for exports and screen readers. */
export interface ChartText {
  title: string;
  /** One sentence that says what the chart shows. */
  takeaway: string;
  /** A longer text alternative (the SVG's <desc>). */
  description: string;
  /** "Source: …", naming publishers and dates. */
  source: string;
}

/** The same numbers as the chart, for the "show as table" view. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Per row, what a button in the row does (e.g. show an event's place on the map), or null. */
  actions?: (ChartSignal | null)[];
  /** The label of those buttons. */
  actionLabel?: string;
}

/**
 * What a chart reports to the page, as `svg.value` with a bubbling `input` event (the convention of
 * Observable Plot): the zone under the pointer, a zone chosen by click, or a place to show on the map.
 */
export type ChartSignal =
  { kind: 'hover'; zoneId: string | null } | { kind: 'select'; zoneId: string } | { kind: 'fly'; place: EventPlace };

export interface ChartDefinition<D> {
  /** Stable id, used for DOM ids, file names and tests: `zone-areas`, `timeline`… */
  id: string;
  /** The statistics files the chart needs (zones are always there). */
  needs: readonly ('stats' | 'events' | 'pilotRegions' | 'provinces' | 'nationalFtz')[];
  sortOptions?: readonly string[];
  /** A checkbox above the chart that draws more detail (ChartOptions.detail), and its label's key. */
  detailToggle?: StringKey;
  text(data: D, language: Language): ChartText;
  table(data: D, language: Language): ChartTable[];
  render(data: D, options: ChartOptions): SVGSVGElement;
}
