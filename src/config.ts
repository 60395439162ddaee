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

/**
 * How MapLibre gets the bundled basemap: `geojson` (data/basemap/beijing.geojson, which MapLibre's worker
 * parses and tiles at start-up) or `tiles` (data/basemap/beijing.pmtiles, the same features cut into
 * vector tiles by `npm run data`, read by range requests through the `atlas-basemap://` protocol,
 * src/map/basemapTiles.ts). Issue 23 part 3 kept whichever the cold-load benchmark found faster; the
 * figures are in docs/performance.md. The one-file build always takes the GeoJSON (no server there to
 * answer range requests, and the archive is larger than the file it is cut from).
 */
export const BASEMAP_FORMAT: 'geojson' | 'tiles' = 'geojson';
