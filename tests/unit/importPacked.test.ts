import { describe, expect, it } from 'vitest';
import {
  packFeatures,
  packedBounds,
  packedBuffers,
  packedCount,
  packedFeatures,
  packedGeometry,
  packedPlace,
} from '../../src/import/packed';
import type { UserFeature } from '../../src/import/types';
import { square } from './userFeatureFixtures';

/** A MultiPolygon of two parts, the first with a hole, and a name and value outside ASCII. */
const multi: UserFeature = {
  ...square('user-m', '地块 “North” ü'),
  properties: Object.assign(
    Object.create(null) as Record<string, string>,
    JSON.parse('{"__proto__":"kept","用途":"工业"}') as Record<string, string>,
  ),
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [116.1, 39.1],
          [116.2, 39.1],
          [116.2, 39.2],
          [116.1, 39.2],
          [116.1, 39.1],
        ],
        [
          [116.12, 39.12],
          [116.12, 39.18],
          [116.18, 39.18],
          [116.18, 39.12],
          [116.12, 39.12],
        ],
      ],
      [
        [
          [116.3, 39.3],
          [116.4, 39.3],
          [116.4, 39.35],
          [116.3, 39.3],
        ],
      ],
    ],
  },
};
const single = (lng: number) => square(`user-${lng}`, `Plot ${lng}`, lng);
const features = [single(116.5), multi, single(116.123456789012)];
const plain = (feature: UserFeature) => JSON.parse(JSON.stringify(feature)) as unknown;

describe('packed features', () => {
  it('round-trips every field and geometry exactly, Polygon and MultiPolygon alike', () => {
    const pack = packFeatures(features);
    const back = packedFeatures(pack);
    expect(packedCount(pack)).toBe(3);
    expect(back.map(plain)).toEqual(features.map(plain));
    expect(back[1]!.geometry.type).toBe('MultiPolygon');
    expect(back[0]!.geometry.type).toBe('Polygon');
  });

  it('keeps properties in records without a prototype, __proto__ an ordinary key', () => {
    const [, back] = packedFeatures(packFeatures(features));
    expect(Object.getPrototypeOf(back!.properties)).toBeNull();
    expect(Object.keys(back!.properties)).toEqual(['__proto__', '用途']);
    expect(back!.properties['__proto__']).toBe('kept');
  });

  it('writes offsets that end each ring, polygon and feature where the next begins', () => {
    const pack = packFeatures(features);
    // Rings: 5 (square), 5 + 5 + 4 (the multipolygon), 5 (square) positions.
    expect([...pack.ringEnds]).toEqual([5, 10, 15, 19, 24]);
    // Polygons: one ring, two rings, one ring, one ring.
    expect([...pack.polygonEnds]).toEqual([1, 3, 4, 5]);
    expect([...pack.featureEnds]).toEqual([1, 3, 4]);
    expect([...pack.multi]).toEqual([0, 1, 0]);
    expect(pack.coordinates.length).toBe(24 * 2);
    expect(packedGeometry(pack, 1)).toEqual(multi.geometry);
  });

  it('boxes each feature', () => {
    const pack = packFeatures(features);
    expect(packedBounds(pack, 1)).toEqual([116.1, 39.1, 116.4, 39.35]);
    expect(packedBounds(pack, 0)).toEqual([116.5, 40, 116.51, 40.01]);
  });

  it('decodes a geometry only when read, and remembers where each feature came from', () => {
    const pack = packFeatures(features);
    const back = packedFeatures(pack);
    expect(packedPlace(back[2]!)).toEqual({ pack, index: 2 });
    expect(packedPlace(features[0]!)).toBeUndefined();
    expect(back[0]!.geometry).toBe(back[0]!.geometry);
    // As JSON, a feature is the plain feature, geometry and properties included.
    expect(plain(back[1]!)).toEqual(plain(multi));
    expect(Object.keys(back[1]!)).toEqual(['id', 'name', 'fileName', 'datum', 'importedAt']);
  });

  it('lists one transferable buffer per typed array', () => {
    const pack = packFeatures(features);
    const buffers = packedBuffers(pack);
    expect(buffers).toHaveLength(6);
    expect(new Set(buffers).size).toBe(6);
  });

  it('packs an empty list', () => {
    const pack = packFeatures([]);
    expect(packedFeatures(pack)).toEqual([]);
    expect(pack.coordinates.length).toBe(0);
  });
});
