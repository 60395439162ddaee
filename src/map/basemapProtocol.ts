import { addProtocol } from 'maplibre-gl';
import { BASEMAP_PROTOCOL } from './style/basemapSource';

let registered = false;

/**
 * Answers MapLibre's requests for the basemap's vector tiles (BASEMAP_TILES, src/map/style/basemapSource.ts)
 * from the bundled archive. The reader (the `pmtiles` package) is a chunk of its own, fetched now, as the
 * map module runs, and reads the archive's directory at once, so that both are there by the time MapLibre
 * asks for the first tile (its worker is still starting). Global, as MapLibre's
 * protocols are: the export's and the print's offscreen maps read the same tiles.
 */
export function registerBasemapProtocol(): void {
  // False unless BASEMAP_FORMAT says `tiles` (vite.config.ts): the build then drops the import below.
  if (registered || !import.meta.env.ATLAS_BASEMAP_TILES) return;
  registered = true;
  const reader = import('./basemapTiles.lazy');
  // A chunk that fails to arrive fails each tile (reported as the basemap's error), not the page.
  reader.then((module) => module.prefetchBasemapArchive()).catch(() => {});
  addProtocol(BASEMAP_PROTOCOL, async ({ url }, abort) => (await reader).loadBasemapTile(url, abort.signal));
}
