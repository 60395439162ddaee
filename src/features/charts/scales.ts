import { ticks } from 'd3-array';

/*
 * Three small scales for the charts. d3-scale would serve, but the map's colour palette already puts
 * d3-scale (scaleOrdinal) in the main bundle, and a module shared by both bundles keeps every part
 * either one uses: the continuous scales would pull d3-interpolate, d3-color and d3-format (about
 * 24 KB minified) into the code the first map frame waits for. These few lines avoid that.
 */

export interface LinearScale {
  (value: number): number;
  /** About `count` round values across the domain, as d3's ticks. */
  ticks(count: number): number[];
}

/** Maps [d0, d1] linearly onto [r0, r1]. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): LinearScale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (value: number) => r0 + (value - d0) * k;
  scale.ticks = (count: number) => ticks(d0, d1, count);
  return scale;
}

/** Evenly spaced positions for `values` across [r0, r1], with `padding` steps kept free at each end. */
export function pointPositions<T>(values: readonly T[], [r0, r1]: [number, number], padding = 0.5): Map<T, number> {
  const step = (r1 - r0) / Math.max(1, values.length - 1 + 2 * padding);
  return new Map(values.map((value, index) => [value, r0 + step * (padding + index)]));
}

/** Bands of equal width for `values` across [r0, r1]; `padding` is the share of each step left empty. */
export function bands<T>(values: readonly T[], [r0, r1]: [number, number], padding = 0.25) {
  const step = (r1 - r0) / Math.max(1, values.length + padding);
  const bandwidth = step * (1 - padding);
  const start = new Map(values.map((value, index) => [value, r0 + step * padding + step * index]));
  return { start, bandwidth };
}
