import type { District } from '../data/districts';
import type { Bounds } from './bounds';

/**
 * Which districts a site lies in, for the comparison of imported features (the zones name theirs in
 * the data, checked by scripts/zones/checks.mjs against the same basemap polygons). Pure, no Turf:
 * importing @turf/intersect or @turf/boolean-point-in-polygon here would pull Turf's helpers out of
 * the first chunk, as geo/compare.ts explains.
 *
 * The share of the site in each district is estimated on a grid of sample points over the site's box
 * (GRID × GRID cell centres, those inside the site counted). Each grid row is one horizontal line:
 * where it crosses the site's and each nearby district's edges is computed once, and a point is inside
 * when an odd number of crossings lies to its left (the even-odd rule, which also takes holes out).
 * So a site of 500,000 vertices costs GRID passes over its edges, not GRID² point-in-polygon tests.
 * A district holding less than MIN_SHARE of the samples is left out: a site drawn along a border
 * (whose line is itself only good to about 10 m) is not "in" the neighbour it grazes. MIN_SHARE is
 * above one grid column (1/GRID), so a sliver one sample wide never counts; the zones that do lie in
 * two districts have at least 16% in each.
 */

type Position = readonly number[];
type Ring = readonly Position[];
type Polygonal =
  | { type: 'Polygon'; coordinates: readonly Ring[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };
/** What can be located: an imported polygon, or a zone's polygon or point. */
export type LocatedGeometry = Polygonal | { type: 'Point'; coordinates: Position };

export const GRID = 64;
export const MIN_SHARE = 0.02;

interface Shape {
  name: string;
  rings: readonly Ring[];
  bounds: Bounds;
}

const ringsOf = (geometry: Polygonal): readonly Ring[] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();

function boundsOf(rings: readonly Ring[]): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring as [number, number][]) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/** The districts with their rings and boxes, made once for many sites. */
export function districtShapes(districts: readonly District[]): Shape[] {
  return districts.map(({ name, geometry }) => {
    const rings = ringsOf(geometry);
    return { name, rings, bounds: boundsOf(rings) };
  });
}

/**
 * Where the edges of `rings` cross the line of latitude `y`, sorted west to east. An edge counts when
 * one end is above the line and the other not, so a vertex on the line is counted once. A ring that is
 * not closed is closed here.
 */
function crossings(rings: readonly Ring[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const [ax, ay] = a as [number, number];
      const [bx, by] = b as [number, number];
      if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
  }
  return xs.sort((p, q) => p - q);
}

/** Inside by the even-odd rule: an odd number of crossings west of `x`. */
function inside(xs: readonly number[], x: number): boolean {
  let count = 0;
  while (count < xs.length && xs[count]! < x) count++;
  return count % 2 === 1;
}

const overlaps = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Samples per district name, for the points given row by row: [y, xs of that row]. */
function tally(
  rows: Iterable<[number, number[]]>,
  shapes: readonly Shape[],
): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [y, xs] of rows) {
    if (xs.length === 0) continue;
    total += xs.length;
    const lines = shapes
      .filter((shape) => y >= shape.bounds[1] && y <= shape.bounds[3])
      .map((shape) => ({ name: shape.name, xs: crossings(shape.rings, y) }));
    for (const x of xs) {
      const hit = lines.find((line) => inside(line.xs, x));
      if (hit) counts.set(hit.name, (counts.get(hit.name) ?? 0) + 1);
    }
  }
  return { counts, total };
}

/** The grid's cell centres inside the site, row by row. */
function* gridSamples(rings: readonly Ring[], box: Bounds): Generator<[number, number[]]> {
  const [west, south, east, north] = box;
  for (let row = 0; row < GRID; row++) {
    const y = south + ((row + 0.5) * (north - south)) / GRID;
    const edges = crossings(rings, y);
    const xs: number[] = [];
    for (let column = 0; column < GRID; column++) {
      const x = west + ((column + 0.5) * (east - west)) / GRID;
      if (inside(edges, x)) xs.push(x);
    }
    yield [y, xs];
  }
}

/** The site's own vertices (at most about 2,000 of them), when it is too thin for the grid to hit. */
function* vertexSamples(rings: readonly Ring[]): Generator<[number, number[]]> {
  const vertices = rings.flatMap((ring) => ring.slice(0, -1));
  const step = Math.max(1, Math.ceil(vertices.length / 2000));
  for (let i = 0; i < vertices.length; i += step) yield [vertices[i]![1]!, [vertices[i]![0]!]];
}

/**
 * The share of `geometry` in each district it touches (0–1, of the samples inside it), largest first;
 * a point is wholly in its district. [] outside every district (outside Beijing).
 */
export function districtShares(geometry: LocatedGeometry, shapes: readonly Shape[]): [name: string, share: number][] {
  let counts: Map<string, number>;
  let total: number;
  if (geometry.type === 'Point') {
    const [x, y] = geometry.coordinates as [number, number];
    ({ counts, total } = tally([[y, [x]]], shapes));
  } else {
    const rings = ringsOf(geometry);
    const box = boundsOf(rings);
    const near = shapes.filter((shape) => overlaps(shape.bounds, box));
    ({ counts, total } = tally(gridSamples(rings, box), near));
    if (total === 0) ({ counts, total } = tally(vertexSamples(rings), near));
  }
  return [...counts]
    .map(([name, count]): [string, number] => [name, count / total])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The names of the districts `geometry` lies in (at least MIN_SHARE of it), the main one first. */
export const districtsOf = (geometry: LocatedGeometry, shapes: readonly Shape[]): string[] =>
  districtShares(geometry, shapes)
    .filter(([, share]) => share >= MIN_SHARE)
    .map(([name]) => name);

/**
 * `districtsOf` by feature id, each computed on first use and kept (an imported feature's geometry
 * never changes under its id, which is a hash of it).
 */
export function createDistrictCache(districts: readonly District[]) {
  const shapes = districtShapes(districts);
  const cache = new Map<string, string[]>();
  return (id: string, geometry: LocatedGeometry): string[] => {
    let names = cache.get(id);
    if (!names) {
      names = districtsOf(geometry, shapes);
      cache.set(id, names);
    }
    return names;
  };
}
