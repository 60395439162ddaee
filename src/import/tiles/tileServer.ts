import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { packedGeometry, type PackedMeta } from '../packed';
import { USER_TILE_LAYER, USER_TILE_MAX_ZOOM, type TilePack, type TileSet } from './tileProtocol';

const EXTENT = 4096;

/**
 * geojson-vt as MapLibre's own GeoJSON source runs it (its defaults scaled to a 4096 extent: tolerance
 * 3, a 64-unit buffer), and up to zoom 18. Tiles below the index's zooms are cut when first asked for.
 */
const OPTIONS = { maxZoom: USER_TILE_MAX_ZOOM, extent: EXTENT, buffer: 64, tolerance: 3, indexMaxZoom: 5 };

// The id alone (clicks and feature-state read it): the map draws no text of an import, and the list,
// the tooltip and the details name it from the page's features. A name per feature made the tiles a
// third larger (10,000 squares: 604 against 442 KB at zoom 9) and slower to cut and to parse.
const feature = (id: string, geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): GeoJSON.Feature => ({
  type: 'Feature',
  properties: { id },
  geometry,
});

/**
 * Vector tiles of the imported features, made from their packs: what the user-tile worker runs (and the
 * page itself if that worker cannot start). `set` replaces the features; `tile` gives one tile's pbf.
 */
export class TileServer {
  readonly #packs = new Map<number, { pack: TilePack; ids: PackedMeta['ids'] }>();
  #index: GeoJSONVT | null = null;

  set({ packs, order, loose }: TileSet): void {
    for (const { key, pack } of packs) {
      const { ids } = JSON.parse(pack.meta) as PackedMeta;
      this.#packs.set(key, { pack, ids });
    }
    const used = new Set<number>();
    const features: GeoJSON.Feature[] = [];
    for (let i = 0; i + 1 < order.length; i += 2) {
      const [key, index] = [order[i]!, order[i + 1]!];
      if (key === 0) {
        const loose1 = loose[index];
        if (loose1) features.push(feature(loose1.id, loose1.geometry));
        continue;
      }
      used.add(key);
      const held = this.#packs.get(key);
      if (!held || index >= held.ids.length) continue;
      features.push(feature(held.ids[index]!, packedGeometry(held.pack, index)));
    }
    for (const key of [...this.#packs.keys()]) if (!used.has(key)) this.#packs.delete(key);
    this.#index = features.length > 0 ? new GeoJSONVT({ type: 'FeatureCollection', features }, OPTIONS) : null;
  }

  /** The pbf of tile z/x/y, or null when no feature reaches it. */
  tile(z: number, x: number, y: number): Uint8Array | null {
    const tile = this.#index?.getTile(z, x, y);
    if (!tile || tile.features.length === 0) return null;
    return fromGeojsonVt({ [USER_TILE_LAYER]: tile }, { version: 2, extent: EXTENT });
  }
}
