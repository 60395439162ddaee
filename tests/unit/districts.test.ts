import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDistricts } from '../../src/data/districts';
import type { ZoneCollection } from '../../src/data/schema';
import { createDistrictCache, districtShapes, districtShares, districtsOf, MIN_SHARE } from '../../src/geo/districts';

/**
 * Where an imported site lies, against the bundled district boundaries: the zones' districts in the
 * data (checked by the build with @turf/intersect) are the reference the method must agree with.
 */

const basemap: unknown = JSON.parse(readFileSync('data/basemap/beijing.geojson', 'utf8'));
const districts = readDistricts(basemap);
const shapes = districtShapes(districts);
const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as ZoneCollection;

/** A lng/lat box as a polygon. */
const box = (west: number, south: number, east: number, north: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ],
});

describe('reading the districts from the basemap', () => {
  it('finds the 16 districts of Beijing by their English names, and nothing else', () => {
    expect(districts.map((d) => d.name).sort()).toEqual(
      [
        'Changping',
        'Chaoyang',
        'Daxing',
        'Dongcheng',
        'Fangshan',
        'Fengtai',
        'Haidian',
        'Huairou',
        'Mentougou',
        'Miyun',
        'Pinggu',
        'Shijingshan',
        'Shunyi',
        'Tongzhou',
        'Xicheng',
        'Yanqing',
      ].sort(),
    );
    expect(readDistricts(null)).toEqual([]);
    expect(readDistricts({ features: [{ properties: { layer: 'district' }, geometry: null }, 7] })).toEqual([]);
  });
});

describe('districtsOf', () => {
  it('agrees with the data on every zone that lies in Beijing', () => {
    for (const zone of zones.features) {
      const named = zone.properties.district;
      if (!named.every((name) => districts.some((d) => d.name === name))) continue;
      expect(districtsOf(zone.geometry, shapes).sort(), zone.properties.id).toEqual([...named].sort());
    }
  });

  it('puts the district holding most of a site first', () => {
    // Across the Chaoyang–Tongzhou line east of the CBD, mostly on the Tongzhou side.
    const site = box(116.6, 39.85, 116.66, 39.9);
    const found = districtsOf(site, shapes);
    expect(found).toContain('Tongzhou');
    expect(found).toContain('Chaoyang');
    expect(found[0]).toBe('Tongzhou');
  });

  it('finds a small site inside one district, with or without a hole', () => {
    // About 1 km near Guomao, well inside Chaoyang.
    expect(districtsOf(box(116.455, 39.905, 116.465, 39.913), shapes)).toEqual(['Chaoyang']);
    const withHole = {
      type: 'MultiPolygon' as const,
      coordinates: [
        [
          box(116.455, 39.905, 116.465, 39.913).coordinates[0]!,
          box(116.457, 39.907, 116.463, 39.911).coordinates[0]!.reverse(),
        ],
      ],
    };
    expect(districtsOf(withHole, shapes)).toEqual(['Chaoyang']);
  });

  it('finds none outside Beijing, and a point in its district', () => {
    // Langfang, Hebei.
    expect(districtsOf(box(116.68, 39.5, 116.72, 39.53), shapes)).toEqual([]);
    expect(districtsOf(box(0, 0, 1, 1), shapes)).toEqual([]);
    expect(districtsOf({ type: 'Point', coordinates: [116.3975, 39.9087] }, shapes)).toEqual(['Dongcheng']);
  });

  it('leaves out a district a site only grazes', () => {
    // Xicheng's edge runs at about 116.3896° E here: a site 3.5 km wide reaching 50 m over it from
    // Dongcheng. (The zones' own data has such a case: the Lize outline grazes Xicheng by 0.03%.)
    const site = box(116.389, 39.9, 116.43, 39.91);
    const shares = new Map(districtShares(site, shapes));
    expect(shares.get('Xicheng')).toBeGreaterThan(0);
    expect(shares.get('Xicheng')).toBeLessThan(MIN_SHARE);
    expect(districtsOf(site, shapes)).toEqual(['Dongcheng']);
    // Further over, it is in both.
    expect(districtsOf(box(116.37, 39.9, 116.43, 39.91), shapes)).toEqual(['Dongcheng', 'Xicheng']);
  });

  it('finds a site too thin for the grid by its vertices', () => {
    // A strip 1 m wide and 2 km long, in Haidian.
    const strip = box(116.3, 39.98, 116.30001, 40.0);
    expect(districtsOf(strip, shapes)).toEqual(['Haidian']);
  });
});

describe('createDistrictCache', () => {
  it('computes a feature’s districts once and keeps them under its id', () => {
    const find = createDistrictCache(districts);
    const site = box(116.455, 39.905, 116.465, 39.913);
    const first = find('user-a', site);
    expect(first).toEqual(['Chaoyang']);
    // Same id: the kept answer, even for another geometry (an import's id is a hash of its geometry).
    expect(find('user-a', box(0, 0, 1, 1))).toBe(first);
    expect(find('user-b', box(0, 0, 1, 1))).toEqual([]);
  });
});
