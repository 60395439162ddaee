import { bearingDegrees, destinationPoint, distanceKm } from './geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** What the true-size overlay can move: a zone's outline or an imported site's, as plain GeoJSON. */
export type AreaGeometry = Polygon | MultiPolygon;

type LngLat = [number, number];

/**
 * The anchor of an outline: the mean of its vertices, each ring's closing vertex left out (what
 * @turf/centroid returns, and what the comparison calls a zone's centroid).
 */
export function anchorOf(geometry: AreaGeometry): LngLat {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const vertices = rings.flatMap((ring) => ring.slice(0, -1));
  let lngSum = 0;
  let latSum = 0;
  for (const [lng = 0, lat = 0] of vertices) {
    lngSum += lng;
    latSum += lat;
  }
  return [lngSum / vertices.length, latSum / vertices.length];
}

/**
 * The outline moved so that `from` lands on `to`, at its true ground size: each vertex keeps its
 * geodesic bearing and distance from the anchor (Turf's bearing, distance and destination formulas,
 * geo/geodesic.ts; an azimuthal equidistant move, not a shift in
 * degrees, which would stretch a shape moved south and shrink one moved north). Every polygon, ring
 * and hole is kept, in order; the area changes by far less than 0.5% for outlines tens of km across.
 * @example moveTrueSize(cbd, anchorOf(cbd), [110.33, 20.03]) // the CBD part laid over Haikou
 */
export function moveTrueSize<G extends AreaGeometry>(geometry: G, from: LngLat, to: LngLat): G {
  const moveRing = (ring: Position[]): Position[] =>
    ring.map((vertex) => {
      const distance = distanceKm(from, [vertex[0] ?? 0, vertex[1] ?? 0]);
      // A vertex on the anchor has no bearing; it lands on the target itself.
      if (distance === 0) return [to[0], to[1]];
      return destinationPoint(to, distance, bearingDegrees(from, vertex));
    });
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(moveRing) } as G;
  }
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(moveRing)) } as G;
}

/** `point` moved `distanceKm` along `bearing` (degrees clockwise from north): one arrow-key step. */
export const stepPoint = (point: LngLat, km: number, bearing: number): LngLat => destinationPoint(point, km, bearing);
