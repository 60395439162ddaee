import { create, type Selection } from 'd3-selection';
import { round } from '../../geo/round';
import type { ChartSignal } from './types';

export type Svg = Selection<SVGSVGElement, undefined, null, undefined>;
/** A `<g>` appended to a chart (or to another group). */
export type SvgGroup = Selection<SVGGElement, undefined, null, undefined>;

/**
 * The root of every chart: sized, with a viewBox so it scales, and an accessible name and description
 * (role="img" with <title> and <desc>, referenced by aria-labelledby/aria-describedby).
 */
export function createChartSvg(
  chartId: string,
  width: number,
  height: number,
  text: { title: string; description: string },
): Svg {
  const svg = create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('class', 'chart-svg')
    .attr('data-chart', chartId)
    .attr('width', round(width, 1))
    .attr('height', round(height, 1))
    .attr('viewBox', `0 0 ${round(width, 1)} ${round(height, 1)}`)
    .attr('role', 'img')
    .attr('aria-labelledby', `${chartId}-svg-title`)
    .attr('aria-describedby', `${chartId}-svg-desc`);
  svg.append('title').attr('id', `${chartId}-svg-title`).text(text.title);
  svg.append('desc').attr('id', `${chartId}-svg-desc`).text(text.description);
  return svg;
}

/**
 * A diagonal hatch pattern, for areas that are not a published figure (a gap, or unknown parts).
 * `color` is a zone colour, or 'accent' for the theme's accent colour.
 */
export function addHatch(svg: Svg, id: string, color: string): string {
  const pattern = svg
    .append('defs')
    .append('pattern')
    .attr('id', id)
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)');
  pattern.append('rect').attr('width', 6).attr('height', 6).attr('class', 'c-hatch-bg');
  const stripe = pattern
    .append('line')
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', 0)
    .attr('y2', 6)
    .attr('stroke-width', 2.5);
  if (color === 'accent') stripe.attr('class', 'c-stroke-accent');
  else stripe.attr('stroke', color);
  return `url(#${id})`;
}

/** Draws lines of text one under the other, starting at the baseline `y`. */
export function appendLines(
  parent: SvgGroup | Svg,
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
  className: string,
) {
  const text = (parent as Svg).append('text').attr('class', className).attr('x', round(x, 1)).attr('y', round(y, 1));
  lines.forEach((line, index) => {
    text
      .append('tspan')
      .attr('x', round(x, 1))
      .attr('dy', index === 0 ? 0 : lineHeight)
      .text(line);
  });
  return text;
}

/** A horizontal axis: a rule at `y`, with a tick and a label at each `{ x, label }`. */
export function appendBottomAxis(
  svg: Svg,
  y: number,
  [x0, x1]: [number, number],
  ticks: { x: number; label: string }[],
) {
  const axis = svg
    .append('g')
    .attr('class', 'c-axis')
    .attr('transform', `translate(0, ${round(y, 1)})`);
  axis.append('path').attr('d', `M${round(x0, 1)},0.5H${round(x1, 1)}`);
  for (const tick of ticks) {
    const g = axis.append('g').attr('transform', `translate(${round(tick.x, 1)}, 0)`);
    g.append('line').attr('y2', 5);
    g.append('text').attr('class', 'c-small').attr('y', 17).attr('text-anchor', 'middle').text(tick.label);
  }
  return axis;
}

export interface SignalTarget extends SVGSVGElement {
  value?: ChartSignal;
}

/** Reports a signal the way Observable Plot does: set `value`, dispatch a bubbling `input` event. */
export function emit(svg: SVGSVGElement, signal: ChartSignal): void {
  (svg as SignalTarget).value = signal;
  svg.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Marks with `data-zone-id` report hover (pointer in and out) and selection (click) of their zone.
 * One delegated listener per chart, so re-rendered marks need no wiring of their own.
 */
export function wireZoneMarks(svg: SVGSVGElement): void {
  const zoneOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest('[data-zone-id]')?.getAttribute('data-zone-id') ?? null) : null;
  let current: string | null = null;
  svg.addEventListener('pointerover', (event) => {
    const zoneId = zoneOf(event.target);
    if (zoneId !== current) {
      current = zoneId;
      emit(svg, { kind: 'hover', zoneId });
    }
  });
  svg.addEventListener('pointerleave', () => {
    if (current !== null) {
      current = null;
      emit(svg, { kind: 'hover', zoneId: null });
    }
  });
  svg.addEventListener('click', (event) => {
    const zoneId = zoneOf(event.target);
    if (zoneId) emit(svg, { kind: 'select', zoneId });
  });
}

/**
 * Highlights the marks of the hovered and selected zones (classes `is-hovered`, `is-selected`) and
 * dims the rest while something is highlighted. Cheap, so it runs on every store change.
 */
export function applyHighlight(svg: SVGSVGElement, hoveredId: string | null, selectedId: string | null): void {
  let any = false;
  for (const mark of svg.querySelectorAll('[data-zone-id]')) {
    const id = mark.getAttribute('data-zone-id');
    const hovered = id !== null && id === hoveredId;
    const selected = id !== null && id === selectedId;
    mark.classList.toggle('is-hovered', hovered);
    mark.classList.toggle('is-selected', selected);
    any ||= hovered || selected;
  }
  svg.classList.toggle('has-highlight', any);
}
