import TileWorker from './tileWorker.ts?worker&inline';

/**
 * The user-tile worker, started from a `blob:` URL of its inlined code for the reason the import worker
 * is (createWorker.ts: it runs under the page's Content Security Policy). Its code (geojson-vt, vt-pbf)
 * rides in the tile client's lazy chunk, loaded when the map first asks for a tile of imported features.
 */
export function createTileWorker(): Worker {
  return new TileWorker({ name: 'user-tiles' });
}
