import type { MultiPolygon, Polygon, Position } from 'geojson';
import { LIMITS } from './limits';
import { Refusal } from './refusal';
import { ringSelfIntersects } from './selfIntersect';
import type { Candidate } from './geojson';

/** Counts of what was repaired over a whole import (each becomes one note). */
export interface RepairCounts {
  closedRings: number;
  rewound: number;
  duplicates: number;
  droppedZ: number;
  empty: number;
  selfIntersecting: number;
  vertices: number;
}

export const emptyCounts = (): RepairCounts => ({
  closedRings: 0,
  rewound: 0,
  duplicates: 0,
  droppedZ: 0,
  empty: 0,
  selfIntersecting: 0,
  vertices: 0,
});

/** Coordinates this far outside longitude/latitude are metres of some projection, not degrees. */
const PROJECTED = 1000;

/** One position as [x, y]: numbers, finite, in range; a third (height) coordinate is dropped. */
function position(value: unknown, index: number, counts: RepairCounts): Position {
  if (!Array.isArray(value)) throw new Refusal('invalid-geometry', { feature: index });
  if (value.length < 2) throw new Refusal('invalid-geometry', { feature: index });
  const x: unknown = value[0];
  const y: unknown = value[1];
  if (typeof x !== 'number' || typeof y !== 'number') {
    throw new Refusal(Array.isArray(x) || Array.isArray(y) ? 'invalid-geometry' : 'coordinates-not-numbers', {
      feature: index,
    });
  }
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Refusal('non-finite-number');
  if (x < -180 || x > 180 || y < -90 || y > 90) {
    const projected = Math.abs(x) > PROJECTED || Math.abs(y) > PROJECTED;
    throw new Refusal(projected ? 'projected-coordinates' : 'coordinates-out-of-range', { feature: index });
  }
  if (value.length > 2) counts.droppedZ++;
  return [x, y];
}

/** Twice the signed area (shoelace): positive when the ring runs anticlockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (b[0]! - a[0]!) * (b[1]! + a[1]!);
  }
  return -sum;
}

/**
 * One ring: positions checked, consecutive duplicates dropped, closed, at least 4 positions, wound
 * anticlockwise when outer and clockwise when a hole (RFC 7946 §3.1.6). Null when it has no positions.
 */
function ring(value: unknown, outer: boolean, index: number, counts: RepairCounts): Position[] | null {
  if (!Array.isArray(value)) throw new Refusal('invalid-geometry', { feature: index });
  if (value.length > LIMITS.ringVertices) throw new Refusal('ring-too-large', { feature: index });
  if (value.length === 0) return null;
  const out: Position[] = [];
  let last: Position | undefined;
  for (const item of value) {
    const p = position(item, index, counts);
    if (last && last[0] === p[0] && last[1] === p[1]) counts.duplicates++;
    else out.push((last = p));
  }
  const first = out[0]!;
  if (out.length > 1 && (first[0] !== last![0] || first[1] !== last![1])) {
    out.push([first[0]!, first[1]!]);
    counts.closedRings++;
  }
  if (out.length < 4) throw new Refusal('ring-too-short', { feature: index });
  const area = signedArea(out);
  if ((outer && area < 0) || (!outer && area > 0)) {
    out.reverse();
    counts.rewound++;
  }
  counts.vertices += out.length;
  if (counts.vertices > LIMITS.totalVertices) throw new Refusal('too-many-vertices');
  return out;
}

/** A polygon's rings; null when the outer ring is empty (holes without an outer ring are meaningless). */
function polygon(value: unknown, index: number, counts: RepairCounts): Position[][] | null {
  if (!Array.isArray(value)) throw new Refusal('invalid-geometry', { feature: index });
  const rings: Position[][] = [];
  for (let i = 0; i < value.length; i++) {
    const r = ring(value[i], i === 0, index, counts);
    if (r) rings.push(r);
    else if (i === 0) return null;
  }
  if (rings.length === 0) return null;
  if (rings.some(ringSelfIntersects)) counts.selfIntersecting++;
  return rings;
}

/**
 * A candidate's geometry, checked and repaired, or null when it has no coordinates at all (dropped and
 * counted). Throws a Refusal for what cannot be repaired.
 */
export function repairGeometry(candidate: Candidate, counts: RepairCounts): Polygon | MultiPolygon | null {
  const { index } = candidate;
  if (candidate.type === 'Polygon') {
    const rings = polygon(candidate.coordinates, index, counts);
    if (!rings) counts.empty++;
    return rings ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (!Array.isArray(candidate.coordinates)) throw new Refusal('invalid-geometry', { feature: index });
  const polygons: Position[][][] = [];
  for (const item of candidate.coordinates) {
    const rings = polygon(item, index, counts);
    if (rings) polygons.push(rings);
  }
  if (polygons.length === 0) {
    counts.empty++;
    return null;
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
