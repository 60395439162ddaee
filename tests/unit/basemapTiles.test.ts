import { readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { validateStyleMin, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { PbfReader } from 'pbf';
import { PMTiles, TileType, type Source } from 'pmtiles';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zoneLabelCollection } from '../../src/map/style/zoneStyleData';
import { writePmtiles } from '../../scripts/lib/pmtilesWriter.mjs';
import { MAX_BOUNDS } from '../../src/config';
import { RangeOrWholeSource } from '../../src/map/basemapTiles.lazy';
import {
  BASEMAP_PROTOCOL,
  BASEMAP_SOURCE_LAYER,
  BASEMAP_TILE_ZOOMS,
  basemapSource,
  onBasemapSource,
} from '../../src/map/style/basemapSource';
import { buildStyle, SOURCES } from '../../src/map/style/style';
import { zoneColors } from '../../src/color/palette';
import { computeZoneMetrics } from '../../src/geo/metrics';
import type { ZoneCollection } from '../../src/data/schema';

/** The basemap as vector tiles (issue 23, part 3): scripts/prepare-basemap-tiles.mjs and its reader. */

/** A pmtiles Source over bytes in memory. */
const memorySource = (bytes: Uint8Array): Source => ({
  getKey: () => 'memory',
  getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
});

const lngToX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

async function readTile(archive: PMTiles, z: number, lng: number, lat: number) {
  const tile = await archive.getZxy(z, lngToX(lng, z), latToY(lat, z));
  if (!tile) return null;
  const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers[BASEMAP_SOURCE_LAYER];
  return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties) : [];
}

describe('data/basemap/beijing.pmtiles', () => {
  const archive = new PMTiles(memorySource(new Uint8Array(readFileSync('data/basemap/beijing.pmtiles'))));
  const geojson = JSON.parse(readFileSync('data/basemap/beijing.geojson', 'utf8')) as GeoJSON.FeatureCollection;

  it('is a PMTiles v3 archive of gzipped vector tiles at the zooms the style says, inside the map’s bounds', async () => {
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Mvt);
    expect([header.minZoom, header.maxZoom]).toEqual([BASEMAP_TILE_ZOOMS.min, BASEMAP_TILE_ZOOMS.max]);
    expect(header.minLon).toBeGreaterThanOrEqual(MAX_BOUNDS[0][0]);
    expect(header.minLat).toBeGreaterThanOrEqual(MAX_BOUNDS[0][1]);
    expect(header.maxLon).toBeLessThanOrEqual(MAX_BOUNDS[1][0]);
    expect(header.maxLat).toBeLessThanOrEqual(MAX_BOUNDS[1][1]);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual([BASEMAP_SOURCE_LAYER]);
  });

  it('has, at z10 over central Beijing, the districts, subway, stations and roads with their properties', async () => {
    const features = (await readTile(archive, 10, 116.4, 39.9))!;
    const layers = new Set(features.map((p) => p.layer));
    for (const layer of ['district', 'subway-line', 'subway-station', 'road']) expect(layers).toContain(layer);
    const dongcheng = features.find((p) => p.layer === 'district' && p.name_en === 'Dongcheng');
    expect(dongcheng).toMatchObject({ name_zh: '东城区', source: 'datav-districts', adcode: 110101 });
    expect(features.some((p) => p.layer === 'road' && p.class === 'ring' && typeof p.ring === 'number')).toBe(true);
  });

  it('holds every layer of the GeoJSON basemap (no feature kind lost)', async () => {
    const wanted = new Set(geojson.features.map((f) => String(f.properties!.layer)));
    const found = new Set<unknown>();
    const z = 7;
    for (let x = lngToX(MAX_BOUNDS[0][0], z); x <= lngToX(MAX_BOUNDS[1][0], z); x++) {
      for (let y = latToY(MAX_BOUNDS[1][1], z); y <= latToY(MAX_BOUNDS[0][1], z); y++) {
        const tile = await archive.getZxy(z, x, y);
        if (!tile) continue;
        const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers[BASEMAP_SOURCE_LAYER]!;
        for (let i = 0; i < layer.length; i++) found.add(layer.feature(i).properties.layer);
      }
    }
    expect(found).toEqual(wanted);
  });

  it('has no tile beyond where the map can look', async () => {
    expect(await archive.getZxy(10, lngToX(113, 10), latToY(39.9, 10))).toBeUndefined();
  });
});

describe('the PMTiles writer', () => {
  const tiles = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      z: 12,
      x: 3000 + (i % 100),
      y: 1500 + Math.floor(i / 100),
      // Runs of equal tiles (the districts' inner tiles) and distinct ones.
      data: new TextEncoder().encode(i % 7 < 3 ? 'same' : `tile ${i}`),
    }));
  const write = (count: number, firstRequest?: number) =>
    writePmtiles({
      tiles: tiles(count),
      metadata: {},
      minZoom: 12,
      maxZoom: 12,
      bounds: [1, 2, 3, 4],
      centerZoom: 12,
      firstRequest,
    });

  it('writes the same bytes for the same tiles', () => {
    expect(Buffer.compare(write(500), write(500))).toBe(0);
  });

  it('writes tiles the reader finds, with leaf directories when the root would not fit the first request', async () => {
    // 2,000 entries do not fit a root of 100 bytes beside the header: the writer makes leaves.
    const bytes = write(2000, 227);
    const archive = new PMTiles(memorySource(new Uint8Array(bytes)));
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    for (const i of [0, 1, 2, 3, 4, 1234, 1999]) {
      const tile = await archive.getZxy(12, 3000 + (i % 100), 1500 + Math.floor(i / 100));
      expect(new TextDecoder().decode(tile!.data)).toBe(i % 7 < 3 ? 'same' : `tile ${i}`);
    }
    expect(header.numTileContents).toBeLessThan(header.numAddressedTiles);
  });
});

describe('the basemap source and layers as tiles', () => {
  const layers = [
    { id: 'background', type: 'background' },
    { id: 'district-line', type: 'line', source: SOURCES.basemap },
    { id: 'zones', type: 'fill', source: SOURCES.zones },
  ] as LayerSpecification[];

  it('is the GeoJSON by URL, or the archive through the atlas-basemap:// protocol', () => {
    expect(basemapSource('http://x/b.geojson', false)).toEqual({ type: 'geojson', data: 'http://x/b.geojson' });
    expect(basemapSource('http://x/b.geojson', true)).toMatchObject({
      type: 'vector',
      tiles: [`${BASEMAP_PROTOCOL}://{z}/{x}/{y}`],
      maxzoom: BASEMAP_TILE_ZOOMS.max,
    });
  });

  it('gives only the basemap’s layers the source layer', () => {
    expect(onBasemapSource(layers, SOURCES.basemap, false)).toEqual(layers);
    const tiled = onBasemapSource(layers, SOURCES.basemap, true);
    expect(tiled.map((l) => (l as { 'source-layer'?: string })['source-layer'])).toEqual([
      undefined,
      BASEMAP_SOURCE_LAYER,
      undefined,
    ]);
  });

  it('makes, with the whole style, a style the specification accepts (every basemap layer on the source layer)', () => {
    const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as ZoneCollection;
    const style = buildStyle({
      zonesUrl: 'http://127.0.0.1/zones.geojson',
      zoneLabels: zoneLabelCollection(zones, computeZoneMetrics(zones)),
      colors: zoneColors(zones),
      basemapUrl: 'http://127.0.0.1/basemap.geojson',
      language: 'en',
    });
    const tiled = {
      ...style,
      sources: { ...style.sources, [SOURCES.basemap]: basemapSource('', true) },
      layers: onBasemapSource(style.layers, SOURCES.basemap, true),
    };
    expect(validateStyleMin(tiled)).toEqual([]);
    const basemapLayers = tiled.layers.filter((l) => 'source' in l && l.source === SOURCES.basemap);
    expect(basemapLayers.length).toBeGreaterThan(5);
    for (const layer of basemapLayers) expect(layer).toHaveProperty('source-layer', BASEMAP_SOURCE_LAYER);
  });
});

describe('reading the archive over HTTP', () => {
  const file = Uint8Array.from({ length: 100 }, (_, i) => i);
  afterEach(() => vi.unstubAllGlobals());

  it('reads a range by a range request', async () => {
    const fetch = vi.fn(async () => new Response(file.slice(10, 20), { status: 206 }));
    vi.stubGlobal('fetch', fetch);
    const { data } = await new RangeOrWholeSource('http://x/a.pmtiles').getBytes(10, 10);
    expect([...new Uint8Array(data)]).toEqual([...file.slice(10, 20)]);
    expect(fetch).toHaveBeenCalledWith(
      'http://x/a.pmtiles',
      expect.objectContaining({ headers: { range: 'bytes=10-19' } }),
    );
  });

  it('on a host without range requests, keeps the whole file from the first answer and slices it', async () => {
    const fetch = vi.fn(async () => new Response(file, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const source = new RangeOrWholeSource('http://x/a.pmtiles');
    expect([...new Uint8Array((await source.getBytes(0, 4)).data)]).toEqual([0, 1, 2, 3]);
    expect([...new Uint8Array((await source.getBytes(50, 3)).data)]).toEqual([50, 51, 52]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fails with the status when the archive is not there', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    await expect(new RangeOrWholeSource('http://x/a.pmtiles').getBytes(0, 4)).rejects.toThrow(/HTTP 404/);
  });
});
