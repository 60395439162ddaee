import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bd09ToGcj02,
  bd09ToWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  outOfChina,
  toWgs84,
  wgs84ToGcj02,
} from '../../src/import/datum';

/** Great-circle distance in metres (haversine), enough to state offsets and errors. */
function metres([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2! - lat1!) * rad;
  const dLon = (lon2! - lon1!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

const TIANANMEN: [number, number] = [116.3975, 39.9087];

describe('GCJ-02', () => {
  // Published test vectors of googollee/eviltransform (wgsLat, wgsLng → gcjLat, gcjLng), written as lon, lat.
  const VECTORS: [string, [number, number], [number, number]][] = [
    ['Shanghai', [121.5272106, 31.1774276], [121.531541859215, 31.17530398364597]],
    ['Shenzhen', [113.912316, 22.543847], [113.9171764808363, 22.540796131694766]],
    ['Beijing', [116.377817, 39.911954], [116.38404722455657, 39.91334545536069]],
  ];

  for (const [city, wgs, gcj] of VECTORS) {
    it(`matches the published vector for ${city} both ways (to 1e-9°)`, () => {
      const forward = wgs84ToGcj02(...wgs);
      expect(forward[0]).toBeCloseTo(gcj[0], 9);
      expect(forward[1]).toBeCloseTo(gcj[1], 9);
      const back = gcj02ToWgs84(...gcj);
      expect(metres(back, wgs)).toBeLessThan(0.01);
    });
  }

  it('moves Tiananmen by a few hundred metres, and the inverse brings it back to within a centimetre', () => {
    const gcj = wgs84ToGcj02(...TIANANMEN);
    const offset = metres(gcj, TIANANMEN);
    expect(offset).toBeGreaterThan(300);
    expect(offset).toBeLessThan(700);
    expect(metres(gcj02ToWgs84(...gcj), TIANANMEN)).toBeLessThan(0.01);
  });

  it('leaves points outside China unchanged', () => {
    expect(outOfChina(2.2945, 48.8584)).toBe(true);
    expect(wgs84ToGcj02(2.2945, 48.8584)).toEqual([2.2945, 48.8584]);
    expect(gcj02ToWgs84(-74.0445, 40.6892)).toEqual([-74.0445, 40.6892]);
  });

  it('round-trips any point in China to better than 1 m (WGS84 → GCJ-02 → WGS84), 1,000 points', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73, max: 135, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        (lon, lat) => {
          const back = gcj02ToWgs84(...wgs84ToGcj02(lon, lat));
          return metres(back, [lon, lat]) < 1;
        },
      ),
      { numRuns: 1000, seed: 9 },
    );
  });
});

describe('BD-09', () => {
  // eviltransform's README vectors for BD-09 are about 10 m from both this inverse and the closed-form
  // approximation it is built on (they seem to come from Baidu's own service), so BD-09 is checked by
  // exact round trips through the published forward formula instead.
  it('is GCJ-02 shifted by about 1 km near Tiananmen, and inverts exactly', () => {
    const gcj = wgs84ToGcj02(...TIANANMEN);
    const bd = gcj02ToBd09(...gcj);
    expect(metres(bd, gcj)).toBeGreaterThan(500);
    expect(metres(bd, gcj)).toBeLessThan(1500);
    expect(metres(bd09ToGcj02(...bd), gcj)).toBeLessThan(0.01);
    expect(metres(bd09ToWgs84(...bd), TIANANMEN)).toBeLessThan(0.01);
  });

  it('round-trips any point in China to better than 1 m (WGS84 → BD-09 → WGS84), 1,000 points', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73, max: 135, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        (lon, lat) => metres(bd09ToWgs84(...gcj02ToBd09(...wgs84ToGcj02(lon, lat))), [lon, lat]) < 1,
      ),
      { numRuns: 1000, seed: 9 },
    );
  });
});

describe('toWgs84', () => {
  it('does nothing for WGS84 and converts GCJ-02 and BD-09 positions', () => {
    expect(toWgs84('wgs84')).toBeNull();
    const gcj = wgs84ToGcj02(...TIANANMEN);
    expect(metres(toWgs84('gcj02')!(gcj), TIANANMEN)).toBeLessThan(0.01);
    expect(metres(toWgs84('bd09')!(gcj02ToBd09(...gcj)), TIANANMEN)).toBeLessThan(0.01);
  });
});
