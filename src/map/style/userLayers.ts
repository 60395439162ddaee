import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { USER_TILE_LAYER, USER_TILE_MAX_ZOOM, USER_TILE_SCHEME } from '../../import/tiles/tileProtocol';
import type { UserFeature } from '../../import/types';
import { alongZoom, perFeature, perFeatureAlongZoom } from './binding';
import type { Theme } from './theme';

/**
 * The visitor's imported features on the MapLibre map: one vector source of tiles made off the page (ids
 * promoted, so hover and selection go through feature-state) and three layers drawn above the zones, so an imported site is
 * never hidden under a zone. The look says "yours, not official": a dashed outline in a colour the
 * zone palette does not use and a faint fill, with no label (the list and details name it).
 */

export const USER_SOURCE = 'user-features';
export const USER_FILL_LAYER = 'user-features-fill';
export const USER_LINE_LAYER = 'user-features-line';
const USER_CASING_LAYER = 'user-features-casing';
export const USER_LAYERS = [USER_FILL_LAYER, USER_CASING_LAYER, USER_LINE_LAYER] as const;

/** The source-layer of the features in the source's tiles (feature-state on them names it). */
export const USER_SOURCE_LAYER = USER_TILE_LAYER;

/** The features the latest tile URL stands for, and its version (0: no features). */
let tiled: { features: readonly UserFeature[]; version: number } = { features: [], version: 0 };

/**
 * The tile URL of `features` for the source: a new version for a new list (so MapLibre drops the tiles
 * of the previous one), the same URL for the same list (a rebuilt style keeps its tiles). No features:
 * version 0, whose tiles are empty without asking the worker. src/map/userTiles.ts serves the URLs.
 */
export function userTileUrl(features: readonly UserFeature[]): string {
  if (features.length > 0 && features !== tiled.features) tiled = { features, version: tiled.version + 1 };
  const version = features.length > 0 ? tiled.version : 0;
  return `${USER_TILE_SCHEME}://v${version}/{z}/{x}/{y}`;
}

/** The features of the latest non-empty tile URL: what the tiles are cut from. */
export const tiledUserFeatures = (): readonly UserFeature[] => tiled.features;

/**
 * The imported features as vector tiles cut off the page (src/import/tiles/): MapLibre gets no GeoJSON,
 * so a 50,000-polygon import is neither cloned to its worker nor sent back. Ids promoted from the tiles'
 * `id` property, so hover and selection go through feature-state as on the zones.
 */
export const userSource = (features: readonly UserFeature[]): SourceSpecification => ({
  type: 'vector',
  tiles: [userTileUrl(features)],
  maxzoom: USER_TILE_MAX_ZOOM,
  promoteId: { [USER_SOURCE_LAYER]: 'id' },
});

/**
 * Above this many imported features, their dashed outlines start only at DENSE_OUTLINE_MIN_ZOOM; below
 * it the fill's own one-pixel outline draws them. Thousands of dashed, haloed outlines are noise at a
 * city-wide zoom, and each costs vertices: 10,000 parcels took a frame from about 0.1 to 0.65 s on a
 * software renderer (SwiftShader), the fill and its outline alone to about 0.15 s (docs/performance.md).
 */
export const DENSE_FEATURES = 1000;
export const DENSE_OUTLINE_MIN_ZOOM = 13;
/** The layers that draw the dashed outline (the casing under it, and the dashes). */
export const USER_OUTLINE_LAYERS = [USER_CASING_LAYER, USER_LINE_LAYER] as const;

/** The lowest zoom at which the dashed outlines of `count` imported features are drawn. */
export const userOutlineMinZoom = (count: number): number => (count > DENSE_FEATURES ? DENSE_OUTLINE_MIN_ZOOM : 0);

const state = (hovered: number, selected: number, rest: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  selected,
  ['boolean', ['feature-state', 'hover'], false],
  hovered,
  rest,
];

/** The layers of `count` imported features (the count decides where their dashed outlines start). */
export function userLayers(theme: Theme, count = 0): LayerSpecification[] {
  const minzoom = userOutlineMinZoom(count);
  return [
    {
      id: USER_FILL_LAYER,
      type: 'fill',
      source: USER_SOURCE,
      'source-layer': USER_SOURCE_LAYER,
      paint: {
        // Per feature, as the zones' fills are (binding.ts): one fill program for both.
        'fill-color': perFeature(theme.userFill),
        'fill-opacity': state(0.25, 0.3, 0.1),
        // Under the dashes where they are drawn; the outline itself where they are not (dense imports).
        'fill-outline-color': perFeature(theme.userOutline),
      },
    },
    {
      // A halo under the dashes, so they read on any background (district fills, water, OSM tiles).
      id: USER_CASING_LAYER,
      type: 'line',
      source: USER_SOURCE,
      'source-layer': USER_SOURCE_LAYER,
      minzoom,
      layout: { 'line-join': 'round' },
      // The lines bound as the zones' outlines are (binding.ts), so an import links no program of its own.
      paint: {
        'line-color': perFeatureAlongZoom(theme.halo),
        'line-width': alongZoom(state(5, 5.5, 4)),
        'line-opacity': perFeatureAlongZoom(0.8),
      },
    },
    {
      id: USER_LINE_LAYER,
      type: 'line',
      source: USER_SOURCE,
      'source-layer': USER_SOURCE_LAYER,
      minzoom,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perFeatureAlongZoom(theme.userOutline),
        'line-width': alongZoom(state(3, 3.5, 2.5)),
        'line-dasharray': [3, 2],
      },
    },
  ];
}
