import { describe, expect, it } from 'vitest';
import {
  boundsOfZones,
  isPointBounds,
  MAP_BOUNDS,
  openingBounds,
  outsideMap,
  unionBounds,
  zoneBounds,
} from '../../src/geo/bounds';
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

  it("opens on every zone the legend lists, Daxing Airport's economic zone included", () => {
    const [west, south, east, north] = openingBounds(zones, bounds);
    for (const zone of zones.features) {
      const [w, s, e, n] = bounds.get(zone.properties.id)!;
      expect([w >= west, s >= south, e <= east, n <= north], zone.properties.id).toEqual([true, true, true, true]);
    }
    const daxing = bounds.get('daxing-airport-economic-zone')!;
    const areas = boundsOfZones(
      bounds,
      zones.features.filter((f) => f.properties.kind === 'ftz-area').map((f) => f.properties.id),
    )!;
    // The FTZ areas alone (the old opening) stop north of the airport zone.
    expect(daxing[1]).toBeLessThan(areas[1]);
    expect(south).toBeLessThanOrEqual(daxing[1]);
  });

  it('tells a site the map cannot show (Shanghai, San Francisco) from one it can', () => {
    expect(outsideMap([121.6, 31.2, 121.62, 31.22])).toBe(true);
    expect(outsideMap([-122.45, 37.76, -122.44, 37.77])).toBe(true);
    expect(outsideMap(bounds.get('cbd-part')!)).toBe(false);
    // Reaching into the map from outside is not outside: part of it can be shown.
    expect(outsideMap([MAP_BOUNDS[2] - 0.01, 40, MAP_BOUNDS[2] + 1, 40.1])).toBe(false);
  });

  it('tells a point zone from an outline', () => {
    const point = zones.features.find((f) => f.geometry.type === 'Point')!;
    expect(isPointBounds(bounds.get(point.properties.id)!)).toBe(true);
    expect(isPointBounds(bounds.get('cbd-part')!)).toBe(false);
  });
});
