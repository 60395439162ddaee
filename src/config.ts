/** Defaults that the rest of the app reads; nothing here depends on the DOM or on MapLibre. */

export type LngLat = [number, number];

/** The map cannot be panned beyond the Beijing region (the municipality plus a margin). */
export const MAX_BOUNDS: [LngLat, LngLat] = [
  [114.9, 39.0],
  [118.3, 41.3],
];

export const MIN_ZOOM = 7;
export const MAX_ZOOM = 16;

/**
 * The camera a link without one stands for: the map then frames every zone (geo/bounds.ts openingBounds),
 * from Shougang Park in the west and the Sino-German park in the north to Daxing Airport in the south.
 */
export const DEFAULT_VIEW = {
  center: [116.44, 39.9] as LngLat,
  zoom: 9.2,
  bearing: 0,
};

/** Font stacks for map labels. The style has no `glyphs` URL, so MapLibre draws text with local fonts. */
export const LABEL_FONTS = ['Noto Sans', 'Noto Sans CJK SC', 'sans-serif'];
