import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_FORMAT, MAX_BOUNDS } from '../../config';

/**
 * The bundled basemap as vector tiles: the normal build when BASEMAP_FORMAT says `tiles`; never the
 * one-file build (it has no server to answer range requests).
 */
export const BASEMAP_TILES: boolean = BASEMAP_FORMAT === 'tiles' && import.meta.env.MODE !== 'single';

/** The URL scheme MapLibre asks the basemap's tiles from (src/map/basemapTiles.ts answers it). */
export const BASEMAP_PROTOCOL = 'atlas-basemap';
/** The archive's one source layer (scripts/prepare-basemap-tiles.mjs); every feature keeps its properties. */
export const BASEMAP_SOURCE_LAYER = 'basemap';
/** The archive's zooms (scripts/prepare-basemap-tiles.mjs); MapLibre overzooms the last beyond it. */
export const BASEMAP_TILE_ZOOMS = { min: 5, max: 14 } as const;

/** The basemap source: the GeoJSON at `geojsonUrl`, or the archive's tiles when `tiles`. */
export function basemapSource(geojsonUrl: string, tiles = BASEMAP_TILES): SourceSpecification {
  if (!tiles) return { type: 'geojson', data: geojsonUrl };
  return {
    type: 'vector',
    tiles: [`${BASEMAP_PROTOCOL}://{z}/{x}/{y}`],
    minzoom: BASEMAP_TILE_ZOOMS.min,
    maxzoom: BASEMAP_TILE_ZOOMS.max,
    // The archive has no tiles beyond the map's bounds: MapLibre does not ask for them.
    bounds: [...MAX_BOUNDS[0], ...MAX_BOUNDS[1]],
  };
}

/**
 * The layers with the basemap as tiles: each layer drawn from `sourceId` reads the archive's one source
 * layer, and filters on the features' properties as it did on the GeoJSON. A transform rather than an
 * edit of every basemap layer, so the layers' own files stay the same for both sources.
 */
export function onBasemapSource<T extends LayerSpecification>(
  layers: readonly T[],
  sourceId: string,
  tiles = BASEMAP_TILES,
): T[] {
  if (!tiles) return [...layers];
  return layers.map((layer) =>
    'source' in layer && layer.source === sourceId ? { ...layer, 'source-layer': BASEMAP_SOURCE_LAYER } : layer,
  );
}
