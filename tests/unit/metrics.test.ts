import { describe, expect, it } from 'vitest';
import { computeZoneMetrics } from '../../src/geo/metrics';
import type { ZoneCollection } from '../../src/data/schema';

const properties = {
  name_en: 'x',
  name_zh: 'x',
  kind: 'ftz-part' as const,
  parent: null,
  district: [],
  official_area_km2: null,
  area_scope: 'x',
  area_scope_zh: 'x',
  outline: 'indicative' as const,
  in_ftz: true,
  focus_en: [],
  focus_zh: [],
  description_en: 'x',
  description_zh: 'x',
  sources: [{ publisher: 'p', title: 't', date: '2020', url: 'seed:x' }],
};

const squareOutline = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [116, 40] as [number, number],
      [116.01, 40] as [number, number],
      [116.01, 40.01] as [number, number],
      [116, 40.01] as [number, number],
      [116, 40] as [number, number],
    ],
  ],
};

/** A square of 0.01° at 40°N: 1.1132 km north–south by 0.8528 km east–west. */
const square: ZoneCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { ...properties, id: 'square' },
      geometry: squareOutline,
    },
    {
      type: 'Feature',
      properties: { ...properties, id: 'twin', same_outline_as: 'square' },
      geometry: squareOutline,
    },
    {
      type: 'Feature',
      properties: { ...properties, id: 'dot' },
      geometry: { type: 'Point', coordinates: [116.4, 39.9] },
    },
  ],
};

describe('computeZoneMetrics', () => {
  const metrics = computeZoneMetrics(square);

  it('measures the geodesic area of an outline in km²', () => {
    expect(metrics.get('square')!.mappedAreaKm2).toBeCloseTo(0.949, 2);
  });

  it('puts the label point inside the polygon', () => {
    const [x, y] = metrics.get('square')!.labelPoint;
    expect(x).toBeCloseTo(116.005, 3);
    expect(y).toBeCloseTo(40.005, 3);
  });

  it('labels a zone drawn on another’s outline on its top edge, away from the other’s label', () => {
    expect(metrics.get('twin')!.labelPoint).toEqual([116, 40.01]);
    expect(metrics.get('twin')!.mappedAreaKm2).toBeCloseTo(0.949, 2);
  });

  it('gives a point zone no area and labels it where it is', () => {
    expect(metrics.get('dot')).toEqual({ mappedAreaKm2: 0, labelPoint: [116.4, 39.9] });
  });
});
