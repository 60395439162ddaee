import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import turfArea from '@turf/area';
import turfBearing from '@turf/bearing';
import turfDestination from '@turf/destination';
import turfLength from '@turf/length';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaM2, bearingDegrees, destinationPoint, pathLengthKm } from '../../src/geo/geodesic';

const root = join(__dirname, '../fixtures/geo/in');
const polygons = readdirSync(root)
  .map((file) => (JSON.parse(readFileSync(join(root, file), 'utf8')) as { geometry: Polygon | MultiPolygon }).geometry)
  .filter((g) => g.type !== ('Point' as string));
const PLACES: [number, number][] = [
  [116.3975, 39.9087],
  [116.58817, 40.07877],
  [110.33, 20.03],
  [122.53, 52.97],
  [87.6, 43.8],
];

describe('the written-out geodesic formulas agree with Turf', () => {
  it('bearing equals @turf/bearing', () => {
    for (const from of PLACES)
      for (const to of PLACES)
        if (from !== to) {
          expect(bearingDegrees(from, to)).toBeCloseTo(turfBearing(from, to), 9);
        }
  });

  it('destination equals @turf/destination', () => {
    for (const origin of PLACES) {
      for (const [km, bearing] of [
        [0.5, 0],
        [30, 90],
        [1200, -135],
        [3, 179.9],
      ] as const) {
        const expected = turfDestination(origin, km, bearing, { units: 'kilometers' }).geometry.coordinates;
        const actual = destinationPoint(origin, km, bearing);
        expect(actual[0]).toBeCloseTo(expected[0]!, 9);
        expect(actual[1]).toBeCloseTo(expected[1]!, 9);
      }
    }
  });

  it('path length equals @turf/length', () => {
    const line = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'LineString' as const, coordinates: PLACES },
    };
    expect(pathLengthKm(PLACES)).toBeCloseTo(turfLength(line, { units: 'kilometers' }), 9);
    expect(pathLengthKm([PLACES[0]!])).toBe(0);
  });

  it('area equals @turf/area, holes and parts included', () => {
    expect(polygons.length).toBeGreaterThanOrEqual(3);
    for (const geometry of polygons) expect(areaM2(geometry)).toBeCloseTo(turfArea(geometry), 3);
  });
});
