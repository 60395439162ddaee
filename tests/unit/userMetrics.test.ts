import turfArea from '@turf/area';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userAreaKm2, userFeatureMetrics } from '../../src/geo/userMetrics';
import type { UserFeature } from '../../src/import/types';
import { square } from './userFeatureFixtures';

describe('userAreaKm2', () => {
  it('equals @turf/area for a square, a polygon with a hole and a multipolygon', () => {
    const outer = [
      [116.5, 40],
      [116.6, 40],
      [116.6, 40.1],
      [116.5, 40.1],
      [116.5, 40],
    ];
    const hole = [
      [116.52, 40.02],
      [116.52, 40.04],
      [116.54, 40.04],
      [116.54, 40.02],
      [116.52, 40.02],
    ];
    const geometries: UserFeature['geometry'][] = [
      { type: 'Polygon', coordinates: [outer] },
      { type: 'Polygon', coordinates: [outer, hole] },
      { type: 'MultiPolygon', coordinates: [[outer], [hole]] },
    ];
    for (const geometry of geometries) {
      expect(userAreaKm2(geometry)).toBeCloseTo(turfArea(geometry) / 1e6, 9);
    }
  });

  it('equals @turf/area for random quadrilaterals around Beijing', () => {
    const lng = fc.double({ min: 115.5, max: 117.5, noNaN: true });
    const lat = fc.double({ min: 39.4, max: 41, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(lng, lat), { minLength: 3, maxLength: 6 }), (points) => {
        const ring = [...points, points[0]!];
        const geometry: UserFeature['geometry'] = { type: 'Polygon', coordinates: [ring] };
        expect(userAreaKm2(geometry)).toBeCloseTo(turfArea(geometry) / 1e6, 6);
      }),
    );
  });

  it('gives a 0.01° square near Beijing 0.947 km² (as @turf/area) and a perimeter of about 3.9 km', () => {
    const { areaKm2, perimeterKm } = userFeatureMetrics(square('user-a'));
    expect(areaKm2).toBeCloseTo(0.9471, 3);
    expect(perimeterKm).toBeCloseTo(3.9, 1);
  });
});
