import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { packFeatures, packedFeatures } from '../../src/import/packed';
import { createTileClient, tileSet } from '../../src/import/tiles/tileClient.lazy';
import { USER_TILE_LAYER } from '../../src/import/tiles/tileProtocol';
import { TileServer } from '../../src/import/tiles/tileServer';
import type { UserFeature } from '../../src/import/types';
import { userTileUrl } from '../../src/map/style/userLayers';
import { square } from './userFeatureFixtures';

/** The tile x, y at zoom z holding a point (Web Mercator, as MapLibre's tiles are numbered). */
function tileOf(lng: number, lat: number, z: number): [number, number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n;
  return [z, Math.floor(((lng + 180) / 360) * n), Math.floor(y)];
}

/** The ids in a tile's user layer, the type of each feature (3: polygon) and the keys of its properties. */
function decoded(bytes: Uint8Array | ArrayBuffer | null): { ids: string[]; types: number[]; keys: string[][] } {
  if (!bytes || bytes.byteLength === 0) return { ids: [], types: [], keys: [] };
  const layer = new VectorTile(new PbfReader(new Uint8Array(bytes))).layers[USER_TILE_LAYER];
  const features = Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i));
  return {
    ids: features.map((f) => f.properties['id'] as string),
    types: features.map((f) => f.type),
    keys: features.map((f) => Object.keys(f.properties)),
  };
}

const single = (lng: number) => square(`user-${lng}`, `Plot ${lng}`, lng);
const serve = (features: readonly UserFeature[], server = new TileServer(), held = new Set<number>()) => {
  server.set(tileSet(features, held));
  return server;
};

describe('vector tiles of imported features', () => {
  // Below zoom 8 a 1 km square is under geojson-vt's tolerance and dropped, as MapLibre's GeoJSON sources do.
  it('puts a pack’s features in the tile at z/x/y that covers them, with their ids, and none elsewhere', () => {
    const features = packedFeatures(packFeatures([single(116.5), single(116.52)]));
    const server = serve(features);
    for (const z of [8, 10, 14]) {
      expect(decoded(server.tile(...tileOf(116.505, 40.005, z))).ids.sort(), `zoom ${z}`).toEqual([
        'user-116.5',
        'user-116.52',
      ]);
    }
    // At zoom 18 the two squares (2 km apart) are in different tiles.
    expect(decoded(server.tile(...tileOf(116.525, 40.005, 18)))).toEqual({
      ids: ['user-116.52'],
      types: [3],
      // The id alone: the map draws no import's name (the page's list and details do).
      keys: [['id']],
    });
    expect(server.tile(...tileOf(2.35, 48.85, 10))).toBeNull();
  });

  it('follows the list: several packs, features without a pack, reorderings and removals', () => {
    const first = packedFeatures(packFeatures([single(116.5), single(116.51), single(116.52)]));
    const second = packedFeatures(packFeatures([single(116.53), single(116.54)]));
    const loose = single(116.55);
    const held = new Set<number>();
    const server = serve([first[0]!, first[2]!, second[0]!, loose, second[1]!], new TileServer(), held);
    const at = tileOf(116.52, 40.005, 10);
    expect(decoded(server.tile(...at)).ids.sort()).toEqual(
      ['user-116.5', 'user-116.52', 'user-116.53', 'user-116.54', 'user-116.55'].sort(),
    );
    // The same packs again are not sent again; a pack no longer named is dropped on both sides.
    const again = tileSet([second[1]!, first[1]!], held);
    expect(again.packs).toEqual([]);
    server.set(again);
    expect(decoded(server.tile(...at)).ids.sort()).toEqual(['user-116.51', 'user-116.54']);
    expect(tileSet([second[0]!], held).packs).toEqual([]);
    expect(held.size).toBe(1);
    server.set(tileSet([], new Set()));
    expect(server.tile(...at)).toBeNull();
  });

  it('sends only what a tile needs of a pack: geometry arrays and meta, not the map text', () => {
    const [feature] = packedFeatures(packFeatures([single(116.5)]));
    const { packs, order } = tileSet([feature!], new Set());
    expect(Object.keys(packs[0]!.pack).sort()).toEqual(
      ['coordinates', 'featureEnds', 'meta', 'multi', 'polygonEnds', 'ringEnds'].sort(),
    );
    expect([...order]).toEqual([packs[0]!.key, 0]);
  });

  it('cuts tiles on the page when the worker cannot start', async () => {
    const client = createTileClient(() => {
      throw new Error('no workers here');
    });
    client.set(packedFeatures(packFeatures([single(116.5)])));
    expect(decoded(await client.tile(...tileOf(116.505, 40.005, 12))).ids).toEqual(['user-116.5']);
    expect((await client.tile(...tileOf(2.35, 48.85, 12))).byteLength).toBe(0);
  });

  it('gives a new list a new tile URL, the same list the same one, and no features version 0', () => {
    const list = [single(116.5)];
    const url = userTileUrl(list);
    expect(url).toMatch(/^atlas-user:\/\/v[1-9]\d*\/\{z\}\/\{x\}\/\{y\}$/);
    expect(userTileUrl(list)).toBe(url);
    expect(userTileUrl([...list])).not.toBe(url);
    expect(userTileUrl([])).toBe('atlas-user://v0/{z}/{x}/{y}');
  });
});
