import turfDistance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import {
  addPoint,
  finishMeasurement,
  measureFeatures,
  measureTotals,
  startMeasurement,
  undoPoint,
} from '../../src/geo/measure';
import { stepPoint } from '../../src/geo/trueSize';

const GUOMAO: [number, number] = [116.4609, 39.9087];
const DAWANGLU: [number, number] = [116.4763, 39.9078];
const SANYUANQIAO: [number, number] = [116.4569, 39.9611];

const withPoints = (mode: 'distance' | 'area', points: [number, number][]) =>
  points.reduce(addPoint, startMeasurement(mode));

describe('measure model', () => {
  it('sums a distance along the points, geodesically', () => {
    const m = withPoints('distance', [GUOMAO, DAWANGLU, SANYUANQIAO]);
    const expected = turfDistance(GUOMAO, DAWANGLU) + turfDistance(DAWANGLU, SANYUANQIAO);
    expect(measureTotals(m).distanceKm).toBeCloseTo(expected, 9);
    expect(measureTotals(m).areaKm2).toBe(0);
  });

  it('gives no total below two points', () => {
    expect(measureTotals(startMeasurement('distance')).distanceKm).toBe(0);
    expect(measureTotals(withPoints('distance', [GUOMAO])).distanceKm).toBe(0);
  });

  it('measures a 1 km square as 1 km² with a 4 km perimeter', () => {
    const a = GUOMAO;
    const b = stepPoint(a, 1, 90);
    const c = stepPoint(b, 1, 0);
    const d = stepPoint(a, 1, 0);
    const totals = measureTotals(withPoints('area', [a, b, c, d]));
    expect(totals.areaKm2).toBeCloseTo(1, 3);
    expect(totals.distanceKm).toBeCloseTo(4, 3);
    expect(measureTotals(withPoints('area', [a, b])).areaKm2).toBe(0);
  });

  it('undoes the last point, and reopens a finished measurement', () => {
    const m = finishMeasurement(withPoints('distance', [GUOMAO, DAWANGLU, SANYUANQIAO]));
    expect(m.finished).toBe(true);
    const undone = undoPoint(m);
    expect(undone.points).toEqual([GUOMAO, DAWANGLU]);
    expect(undone.finished).toBe(false);
    expect(undoPoint(startMeasurement('area')).points).toEqual([]);
  });

  it('finishes only with enough points, and then takes no more', () => {
    expect(finishMeasurement(withPoints('distance', [GUOMAO])).finished).toBe(false);
    expect(finishMeasurement(withPoints('area', [GUOMAO, DAWANGLU])).finished).toBe(false);
    const done = finishMeasurement(withPoints('distance', [GUOMAO, DAWANGLU]));
    expect(addPoint(done, SANYUANQIAO)).toBe(done);
  });

  it('ignores a repeat of the last point (the two clicks of a double-click)', () => {
    const m = withPoints('distance', [GUOMAO, DAWANGLU]);
    expect(addPoint(m, DAWANGLU)).toBe(m);
  });

  it('draws vertices, the line, and for an area the closed ring and its fill', () => {
    const parts = (mode: 'distance' | 'area') =>
      measureFeatures(withPoints(mode, [GUOMAO, DAWANGLU, SANYUANQIAO])).features.map((f) => f.properties?.['part']);
    expect(parts('distance')).toEqual(['vertex', 'vertex', 'vertex', 'line']);
    expect(parts('area')).toEqual(['vertex', 'vertex', 'vertex', 'line', 'area']);
    const ring = measureFeatures(withPoints('area', [GUOMAO, DAWANGLU, SANYUANQIAO])).features[3]!.geometry;
    expect(ring.type === 'LineString' && ring.coordinates.at(-1)).toEqual(GUOMAO);
  });
});
