import type { Position } from 'geojson';

/** Sign of the turn a→b→c: 1 anticlockwise, -1 clockwise, 0 collinear. */
function turn(a: Position, b: Position, c: Position): number {
  const v = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Whether c lies within the bounding box of a and b (used only when the three are collinear). */
const within = (a: Position, b: Position, c: Position): boolean =>
  Math.min(a[0]!, b[0]!) <= c[0]! &&
  c[0]! <= Math.max(a[0]!, b[0]!) &&
  Math.min(a[1]!, b[1]!) <= c[1]! &&
  c[1]! <= Math.max(a[1]!, b[1]!);

/** Whether segments ab and cd cross or touch (the textbook orientation test). */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = turn(c, d, a);
  const d2 = turn(c, d, b);
  const d3 = turn(a, b, c);
  const d4 = turn(a, b, d);
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  return (
    (d1 === 0 && within(c, d, a)) ||
    (d2 === 0 && within(c, d, b)) ||
    (d3 === 0 && within(a, b, c)) ||
    (d4 === 0 && within(a, b, d))
  );
}

/** Segments i and j of a closed ring of m segments meet in a shared vertex when they are neighbours. */
function pairMeets(ring: Position[], m: number, i: number, j: number): boolean {
  if (i === j) return false;
  const [lo, hi] = i < j ? [i, j] : [j, i];
  if (hi - lo === 1 || (lo === 0 && hi === m - 1)) return false;
  return segmentsMeet(ring[lo]!, ring[lo + 1]!, ring[hi]!, ring[hi + 1]!);
}

/**
 * Whether a closed ring crosses or touches itself away from its neighbouring segments. Small rings test
 * every pair; larger ones bucket segments in a grid of about one segment per cell and test pairs within
 * a cell, which is close to linear for the rings people draw (each pair may be tested more than once:
 * harmless for a yes/no answer). Rings are checked one by one; a hole crossing its outer ring is not.
 * A ring that would need more than WORK_BUDGET steps (long spikes over many cells) is left unchecked.
 */
const WORK_BUDGET = 4_000_000;

export function ringSelfIntersects(ring: Position[]): boolean {
  const m = ring.length - 1;
  if (m < 4) return false;
  if (m <= 48) {
    for (let i = 0; i < m; i++) for (let j = i + 2; j < m; j++) if (pairMeets(ring, m, i, j)) return true;
    return false;
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of ring) {
    minX = Math.min(minX, p[0]!);
    maxX = Math.max(maxX, p[0]!);
    minY = Math.min(minY, p[1]!);
    maxY = Math.max(maxY, p[1]!);
  }
  const side = Math.ceil(Math.sqrt(m));
  const sx = side / (maxX - minX || 1);
  const sy = side / (maxY - minY || 1);
  const cell = (v: number, min: number, scale: number) => Math.min(side - 1, Math.floor((v - min) * scale));
  const cells = new Map<number, number[]>();
  let work = 0;
  for (let i = 0; i < m; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const x0 = cell(Math.min(a[0]!, b[0]!), minX, sx);
    const x1 = cell(Math.max(a[0]!, b[0]!), minX, sx);
    const y0 = cell(Math.min(a[1]!, b[1]!), minY, sy);
    const y1 = cell(Math.max(a[1]!, b[1]!), minY, sy);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        if (++work > WORK_BUDGET) return false;
        const key = x * side + y;
        const list = cells.get(key);
        if (!list) cells.set(key, [i]);
        else {
          work += list.length;
          for (const j of list) if (pairMeets(ring, m, i, j)) return true;
          list.push(i);
        }
      }
    }
  }
  return false;
}
