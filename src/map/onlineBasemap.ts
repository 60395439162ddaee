import type { RasterLayerSpecification, RasterSourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Theme } from './style/theme';

/**
 * The opt-in online basemap: OpenStreetMap's standard raster tiles. Only added to the style when the
 * visitor chooses it, so the default page contacts no other host. index.html's CSP allows exactly
 * this host (img-src and connect-src).
 */
export const OSM_TILE_HOST = 'https://tile.openstreetmap.org';
export const OSM_SOURCE_ID = 'osm-raster';
export const OSM_LAYER_ID = 'osm-raster';

export const osmSource: RasterSourceSpecification = {
  type: 'raster',
  tiles: [`${OSM_TILE_HOST}/{z}/{x}/{y}.png`],
  tileSize: 256,
  maxzoom: 19,
  // Its credit, in the visitor's language, is in attribution.ts.
};

/**
 * The raster layer. In the dark theme its brightness range is flipped and its hues turned back, the
 * usual way to get a dark map from light tiles, so the zones stay readable on it.
 */
export function osmLayer(theme: Theme): RasterLayerSpecification {
  return {
    id: OSM_LAYER_ID,
    type: 'raster',
    source: OSM_SOURCE_ID,
    paint:
      theme.name === 'dark'
        ? {
            'raster-brightness-min': 0.85,
            'raster-brightness-max': 0.05,
            'raster-hue-rotate': 180,
            'raster-saturation': -0.4,
          }
        : { 'raster-saturation': -0.2, 'raster-opacity': 0.9 },
  };
}
