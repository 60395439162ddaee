/**
 * How the map is drawn off screen for an image of an exact size (pure, unit-tested).
 *
 * The choice (docs/decisions.md, "Map image export"): the image shows the same place as the screen,
 * sharper, not more of the city in smaller print. The live view's area is contained in the image
 * (the image is magnified by `s = min(W / w, H / h)` over the live map's CSS size w × h, so a wider
 * image shows a little more on its sides), and MapLibre draws it at `pixelRatio ≈ s`, so labels and
 * lines keep their on-screen size relative to the map. Equivalent to zoom + log2(s) at pixel ratio 1.
 */

export interface ImageSize {
  width: number;
  height: number;
}

export interface ImageFrame {
  /** The hidden map's container size in CSS pixels (integers: MapLibre floors clientWidth). */
  cssWidth: number;
  cssHeight: number;
  /** Device pixels per CSS pixel: MapLibre's canvas is round(cssWidth · pixelRatio) wide. */
  pixelRatio: number;
  /** The hidden map's zoom. */
  zoom: number;
  /** Whether the drawing buffer is exactly the image size (else it is drawn scaled by under a pixel). */
  exact: boolean;
}

const SEARCH = 64;

/**
 * The hidden map's container, pixel ratio and zoom for an image of `target` device pixels showing the
 * live map's view (`live` CSS pixels at `liveZoom`). MapLibre sizes its canvas as
 * round(pixelRatio · clientWidth) × round(pixelRatio · clientHeight), so a container is searched near
 * W / s whose pixel ratio W / cssWidth also gives exactly H rows; 16:9 presets always find one.
 */
export function imageFrame(target: ImageSize, live: ImageSize, liveZoom: number): ImageFrame {
  const { width: W, height: H } = target;
  const scale = Math.min(W / Math.max(1, live.width), H / Math.max(1, live.height));
  const start = Math.max(1, Math.round(W / scale));
  const at = (cssWidth: number) => {
    const pixelRatio = W / cssWidth;
    const cssHeight = Math.max(1, Math.round(H / pixelRatio));
    return { cssWidth, cssHeight, pixelRatio, exact: Math.round(pixelRatio * cssHeight) === H };
  };
  let found = at(start);
  for (let step = 1; step <= SEARCH && !found.exact; step++) {
    for (const candidate of [start - step, start + step]) {
      if (candidate >= 1 && !found.exact) {
        const next = at(candidate);
        if (next.exact) found = next;
      }
    }
  }
  // The same ground in CSS pixels of the hidden map: the live area, contained.
  const zoom =
    liveZoom +
    Math.log2(Math.min(found.cssWidth / Math.max(1, live.width), found.cssHeight / Math.max(1, live.height)));
  return { ...found, zoom };
}

const EARTH_CIRCUMFERENCE = 40_075_016.686;
const TILE_SIZE = 512;

/** Ground metres per CSS pixel of a Web Mercator map with 512-pixel tiles, at `latitude` and `zoom`. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** The map alone as an image, for the export to put the title, legend, scale and credits on. */
export interface MapImage {
  /** Exactly the requested size. */
  canvas: HTMLCanvasElement;
  /** Ground metres per image pixel at the image's centre (for the scale bar). */
  metresPerPixel: number;
}
