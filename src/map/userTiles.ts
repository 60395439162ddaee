import { addProtocol } from 'maplibre-gl';
import { USER_TILE_SCHEME, type TileClient } from '../import/tiles/tileProtocol';
import { tiledUserFeatures } from './style/userLayers';

/** An empty tile: a new buffer each time, as MapLibre transfers (detaches) the one it is given. */
const empty = () => new ArrayBuffer(0);
const TILE_URL = new RegExp(`^${USER_TILE_SCHEME}://v(\\d+)/(\\d+)/(\\d+)/(\\d+)$`);

let client: Promise<TileClient> | null = null;
/** The features the client was last given (what its tiles are cut from). */
let given: unknown = null;

/**
 * One tile of the imported features, for MapLibre: the user-tile worker cuts it from the packs
 * (src/import/tiles/), so MapLibre gets no GeoJSON and the page passes only this tile's bytes. The
 * worker's code loads with the first tile asked for while there are features; an empty URL (no
 * features) is answered here, so a page without imports never loads it. The version in the URL only
 * makes a new set of features new URLs (MapLibre's tile cache); tiles are cut from the latest set.
 */
async function userTile({ url }: { url: string }): Promise<{ data: ArrayBuffer }> {
  const match = TILE_URL.exec(url);
  // Version 0 is the URL of no features (userTileUrl).
  if (!match || match[1] === '0' || tiledUserFeatures().length === 0) return { data: empty() };
  const tiles = await (client ??= import('../import/tiles/tileClient.lazy').then((module) =>
    module.createTileClient(),
  ));
  const features = tiledUserFeatures();
  if (given !== features) {
    tiles.set(features);
    given = features;
  }
  const [z, x, y] = match.slice(2).map(Number) as [number, number, number];
  return { data: await tiles.tile(z, x, y) };
}

let registered = false;

/** Registers the imported features' tile scheme with MapLibre (once per page; every map shares it). */
export function registerUserTiles(): void {
  if (registered) return;
  registered = true;
  addProtocol(USER_TILE_SCHEME, userTile);
}
