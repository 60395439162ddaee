import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { UserFeature } from '../../import/types';
import type { Theme } from './theme';

/**
 * The visitor's imported features on the MapLibre map: one GeoJSON source (ids promoted, so hover and
 * selection go through feature-state) and three layers drawn above the zones, so an imported site is
 * never hidden under a zone. The look says "yours, not official": a dashed outline in a colour the
 * zone palette does not use and a faint fill, with no label (the list and details name it).
 */

export const USER_SOURCE = 'user-features';
export const USER_FILL_LAYER = 'user-features-fill';
export const USER_LINE_LAYER = 'user-features-line';
const USER_CASING_LAYER = 'user-features-casing';
export const USER_LAYERS = [USER_FILL_LAYER, USER_CASING_LAYER, USER_LINE_LAYER] as const;

/** The features as the source's data: only what the map needs (id and name), not the file's properties. */
export function userFeatureCollection(features: readonly UserFeature[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((feature) => ({
      type: 'Feature',
      properties: { id: feature.id, name: feature.name },
      geometry: feature.geometry,
    })),
  };
}

export const userSource = (features: readonly UserFeature[]): SourceSpecification => ({
  type: 'geojson',
  data: userFeatureCollection(features),
  promoteId: 'id',
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
      paint: {
        'fill-color': theme.userFill,
        'fill-opacity': state(0.25, 0.3, 0.1),
        // Under the dashes where they are drawn; the outline itself where they are not (dense imports).
        'fill-outline-color': theme.userOutline,
      },
    },
    {
      // A halo under the dashes, so they read on any background (district fills, water, OSM tiles).
      id: USER_CASING_LAYER,
      type: 'line',
      source: USER_SOURCE,
      minzoom,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.halo, 'line-width': state(5, 5.5, 4), 'line-opacity': 0.8 },
    },
    {
      id: USER_LINE_LAYER,
      type: 'line',
      source: USER_SOURCE,
      minzoom,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.userOutline, 'line-width': state(3, 3.5, 2.5), 'line-dasharray': [3, 2] },
    },
  ];
}
