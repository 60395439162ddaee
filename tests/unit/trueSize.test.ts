import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import turfArea from '@turf/area';
import turfDistance from '@turf/distance';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { anchorOf, moveTrueSize, stepPoint, type AreaGeometry } from '../../src/geo/trueSize';

const root = join(__dirname, '../fixtures/geo/in');
const read = (name: string) =>
  (JSON.parse(readFileSync(join(root, `${name}.geojson`), 'utf8')) as { geometry: AreaGeometry }).geometry;

const HAIKOU: [number, number] = [110.33, 20.03];
const MOHE: [number, number] = [122.53, 52.97];
const SANYA: [number, number] = [109.51, 18.25];
const areaChange = (before: AreaGeometry, after: AreaGeometry) => Math.abs(turfArea(after) / turfArea(before) - 1);

describe('moveTrueSize', () => {
  const hole = read('polygon-with-hole') as Polygon;

  it('keeps a polygon with a hole, moved 30 km north, within 0.5% of its area, hole included', () => {
    const anchor = anchorOf(hole);
    const north = stepPoint(anchor, 30, 0);
    const moved = moveTrueSize(hole, anchor, north);
    expect(moved.coordinates).toHaveLength(2);
    expect(moved.coordinates.map((ring) => ring.length)).toEqual(hole.coordinates.map((ring) => ring.length));
    expect(areaChange(hole, moved)).toBeLessThan(0.005);
    // The hole is still taken out: about 3 km², not 4.
    expect(turfArea(moved) / 1e6).toBeCloseTo(3, 1);
    expect(anchorOf(moved)[1] - anchor[1]).toBeCloseTo(0.2698, 3);
  });

  it('keeps the area from Beijing to Hainan, to Mohe in the far north, and back', () => {
    for (const name of ['square-1km', 'polygon-with-hole', 'multipolygon-two-parts']) {
      const geometry = read(name);
      const anchor = anchorOf(geometry);
      for (const to of [HAIKOU, SANYA, MOHE]) {
        const moved = moveTrueSize(geometry, anchor, to);
        expect(areaChange(geometry, moved)).toBeLessThan(0.005);
        const back = moveTrueSize(moved, to, anchor);
        expect(areaChange(geometry, back)).toBeLessThan(0.001);
      }
    }
  });

  it('keeps every vertex at its distance from the anchor', () => {
    const anchor = anchorOf(hole);
    const moved = moveTrueSize(hole, anchor, HAIKOU);
    hole.coordinates.forEach((ring, r) =>
      ring.forEach((vertex, v) =>
        expect(turfDistance(HAIKOU, moved.coordinates[r]![v]!)).toBeCloseTo(turfDistance(anchor, vertex), 6),
      ),
    );
  });

  it('keeps every part of a MultiPolygon, and shifting by degrees would not keep the area', () => {
    const two = read('multipolygon-two-parts') as MultiPolygon;
    const anchor = anchorOf(two);
    const moved = moveTrueSize(two, anchor, MOHE);
    expect(moved.type).toBe('MultiPolygon');
    expect(moved.coordinates).toHaveLength(two.coordinates.length);
    // The naive shift in degrees, for contrast: at 53° N the same degrees cover far less ground.
    const dLng = MOHE[0] - anchor[0];
    const dLat = MOHE[1] - anchor[1];
    const shifted: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: two.coordinates.map((p) => p.map((ring) => ring.map(([x = 0, y = 0]) => [x + dLng, y + dLat]))),
    };
    expect(areaChange(two, shifted)).toBeGreaterThan(0.1);
  });

  it('moves the anchor onto the target, and a move to the same place changes nothing', () => {
    const square = read('square-1km') as Polygon;
    const anchor = anchorOf(square);
    const same = moveTrueSize(square, anchor, anchor);
    same.coordinates[0]!.forEach((vertex, i) => {
      expect(vertex[0]).toBeCloseTo(square.coordinates[0]![i]![0]!, 9);
      expect(vertex[1]).toBeCloseTo(square.coordinates[0]![i]![1]!, 9);
    });
    const moved = moveTrueSize(square, anchor, HAIKOU);
    expect(anchorOf(moved)[0]).toBeCloseTo(HAIKOU[0], 3);
    expect(anchorOf(moved)[1]).toBeCloseTo(HAIKOU[1], 3);
  });

  it('has fixtures with polygons', () => {
    expect(readdirSync(root).length).toBeGreaterThanOrEqual(3);
  });
});
