import { describe, expect, it } from 'vitest';
import { boundsOfZones, isPointBounds, openingBounds, unionBounds, zoneBounds } from '../../src/geo/bounds';
import { bundledChartData } from './chartData';

describe('zone bounds', () => {
  const { zones } = bundledChartData();
  const bounds = zoneBounds(zones);

  it('frames the named zones and skips unknown ids', () => {
    const cbd = boundsOfZones(bounds, ['cbd-part'])!;
    const both = boundsOfZones(bounds, ['cbd-part', 'sci-tech-innovation-area', 'atlantis'])!;
    expect(cbd).toHaveLength(4);
    expect(cbd[0]).toBeGreaterThan(116.3);
    expect(cbd[2]).toBeLessThan(116.6);
    expect(both[0]).toBeLessThan(cbd[0]);
    expect(both[3]).toBeGreaterThan(cbd[3]);
  });

  it('returns null when no id is a zone', () => {
    expect(boundsOfZones(bounds, ['atlantis'])).toBeNull();
    expect(unionBounds([])).toBeNull();
  });

  it('opens on the three FTZ areas', () => {
    const opening = openingBounds(zones, bounds);
    const areas = zones.features.filter((f) => f.properties.kind === 'ftz-area').map((f) => f.properties.id);
    expect(areas).toHaveLength(3);
    expect(opening).toEqual(boundsOfZones(bounds, areas));
  });

  it('tells a point zone from an outline', () => {
    const point = zones.features.find((f) => f.geometry.type === 'Point')!;
    expect(isPointBounds(bounds.get(point.properties.id)!)).toBe(true);
    expect(isPointBounds(bounds.get('cbd-part')!)).toBe(false);
  });
});
