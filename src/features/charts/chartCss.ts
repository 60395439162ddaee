import { THEME_TOKENS, type PageTokens } from '../../color/themes';

/** The colours a chart's CSS needs; on screen they are CSS variables, in an export resolved values. */
export interface ChartColors {
  fg: string;
  muted: string;
  bg: string;
  grid: string;
  accent: string;
  card: string;
}

/** The chart colours, each read from the page's theme property behind it (`grid` is `--border`…). */
export const chartColors = (read: (name: keyof PageTokens) => string): ChartColors => ({
  fg: read('fg'),
  muted: read('muted'),
  bg: read('bg'),
  grid: read('border'),
  accent: read('accent'),
  card: read('panel'),
});

/**
 * On screen the charts follow the page theme (light, dark, projector) through its custom properties;
 * the light theme's values stand in where the page's style sheet is absent.
 */
export const THEME_COLORS: ChartColors = chartColors((name) => `var(--${name}, ${THEME_TOKENS.light.page[name]})`);

const FONT_STACK = "'Noto Sans', 'Noto Sans CJK SC', system-ui, sans-serif";

/**
 * The rules every chart uses. Class names start with `c-` and are scoped to `.chart-svg`, because a
 * <style> in an inline SVG applies to the whole page.
 */
export function chartCss(c: ChartColors): string {
  return `
.chart-svg { font-family: ${FONT_STACK}; font-size: 12px; }
.chart-svg text { fill: ${c.fg}; }
.chart-svg .c-muted, .chart-svg .c-axis text { fill: ${c.muted}; }
.chart-svg .c-small { font-size: 10.5px; }
.chart-svg .c-strong { font-weight: 700; }
.chart-svg .c-value { font-weight: 600; font-variant-numeric: tabular-nums; }
.chart-svg .c-big { font-size: 24px; font-weight: 700; }
.chart-svg .c-heading { font-size: 13px; font-weight: 700; }
.chart-svg .c-export-title { font-size: 17px; font-weight: 700; }
.chart-svg .c-grid, .chart-svg .c-axis path, .chart-svg .c-axis line { stroke: ${c.grid}; fill: none; }
.chart-svg .c-rule { stroke: ${c.muted}; fill: none; }
.chart-svg .c-line { stroke: ${c.accent}; stroke-width: 2.5; fill: none; }
.chart-svg .c-accent { fill: ${c.accent}; }
.chart-svg text.c-accent { fill: ${c.accent}; }
.chart-svg .c-stroke-accent { stroke: ${c.accent}; }
.chart-svg .c-dot { stroke: ${c.bg}; }
.chart-svg .c-derived-bar { stroke: ${c.accent}; stroke-width: 1.5; }
.chart-svg .c-hollow { fill: ${c.bg}; stroke: ${c.muted}; stroke-width: 1.5; }
.chart-svg .c-bg, .chart-svg .c-hatch-bg { fill: ${c.bg}; }
.chart-svg .c-card { fill: ${c.card}; stroke: ${c.grid}; }
.chart-svg .c-land { fill: ${c.grid}; stroke: ${c.bg}; stroke-width: 0.6; }
.chart-svg .c-land-home { fill: ${c.accent}; }
.chart-svg .c-land.is-lit { fill: ${c.fg}; }
.chart-svg .c-province-ring { fill: none; stroke: ${c.fg}; stroke-width: 2; visibility: hidden; }
.chart-svg .c-province-ring.is-lit { visibility: visible; }
.chart-svg .c-segment { stroke: ${c.bg}; stroke-width: 1.5; }
.chart-svg .c-break { fill: none; stroke: ${c.bg}; stroke-width: 3; }
.chart-svg.has-lit .c-ftz:not(.is-lit) rect:not(.c-hit) { opacity: 0.45; }
.chart-svg [data-ftz] { cursor: default; }
.chart-svg .c-inset-frame { fill: ${c.bg}; stroke: ${c.muted}; stroke-width: 0.8; }
.chart-svg .c-inset-land { stroke: ${c.muted}; stroke-width: 0.5; }
.chart-svg .c-swatch { fill: ${c.muted}; }
.chart-svg .c-tile { stroke: ${c.bg}; stroke-width: 2; }
.chart-svg .c-on-hatch { paint-order: stroke; stroke: ${c.bg}; stroke-width: 3px; stroke-linejoin: round; }
.chart-svg .c-dashed { fill: none; stroke: ${c.muted}; stroke-dasharray: 4 3; }
.chart-svg [data-zone-id], .chart-svg [data-place] { cursor: pointer; }
.chart-svg .c-mark { transition: opacity 120ms; }
.chart-svg.has-highlight [data-zone-id]:not(.is-hovered):not(.is-selected) .c-mark { opacity: 0.4; }
.chart-svg .is-hovered .c-mark, .chart-svg .is-selected .c-mark { stroke: ${c.fg}; stroke-width: 2; }
.chart-svg .is-selected .c-mark { stroke-width: 3; }
.chart-svg .is-hovered text, .chart-svg .is-selected text { font-weight: 700; }
.chart-svg [data-place]:hover .c-event-title, .chart-svg [data-place]:focus .c-event-title { text-decoration: underline; }
`;
}
