import { Map as MapLibreMap } from 'maplibre-gl';
import { imageFrame, metresPerPixel, type ImageSize } from '../export/frame';
import { copyWebGlCanvas } from './readPixels';
import { SOURCES } from './style';
import type { MapImage } from './types';

/** A hidden map that has not drawn in this long has failed (a tile server that never answers). */
const TIMEOUT_MS = 30_000;
/** The hidden map's canvas width (device pixels) while it loads: its frames then cost the GPU little. */
const LOADING_WIDTH = 320;
/** The hidden map is removed this long after its pixels are copied, when the PNG is usually saved. */
const REMOVE_DELAY_MS = 1500;

/**
 * Draws the live map's view again on a hidden MapLibre map whose drawing buffer is exactly `size`
 * (src/export/frame.ts chooses its container, pixel ratio and zoom), with the live style as it is now
 * (theme, language, layer switches through global state) and the selected zone highlighted, then
 * copies it to a 2D canvas and removes the hidden map. Loaded on the first export only.
 */
export async function renderMapImage(
  live: MapLibreMap,
  size: ImageSize,
  selectedId: string | null,
  highlightedIds: readonly string[] = [],
): Promise<MapImage> {
  const liveContainer = live.getContainer();
  const frame = imageFrame(
    size,
    { width: liveContainer.clientWidth, height: liveContainer.clientHeight },
    live.getZoom(),
  );
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  // Laid out (MapLibre reads clientWidth) but off screen and out of the page's flow.
  Object.assign(container.style, {
    position: 'fixed',
    top: '0',
    left: `${-frame.cssWidth - 100}px`,
    width: `${frame.cssWidth}px`,
    height: `${frame.cssHeight}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  let map: MapLibreMap | undefined;
  try {
    const style = live.getStyle();
    performance.mark('map-image:style');
    map = new MapLibreMap({
      container,
      style,
      globalState: live.getGlobalState(),
      center: live.getCenter(),
      zoom: frame.zoom,
      bearing: live.getBearing(),
      pitch: live.getPitch(),
      // Drawn small while its tiles load and its labels are placed (all of which depend on the CSS size
      // and zoom, not on the pixel ratio), then once at full size: MapLibre draws a frame each time a
      // tile arrives, and a software GPU takes about half a second for each frame of 4K.
      pixelRatio: Math.min(frame.pixelRatio, LOADING_WIDTH / frame.cssWidth),
      // MapLibre lowers the pixel ratio of a canvas over maxCanvasSize (4096² by default).
      maxCanvasSize: [Math.max(4096, size.width), Math.max(4096, size.height)],
      // The buffer is read after `idle`, in later tasks than the frame that drew it (readPixels.ts).
      canvasContextAttributes: { preserveDrawingBuffer: true },
      interactive: false,
      // The live map validated this style when it loaded it.
      validateStyle: false,
      attributionControl: false,
      fadeDuration: 0,
      renderWorldCopies: false,
    });
    performance.mark('map-image:created');
    const hidden = map;
    await drawn(hidden, () => {
      if (selectedId !== null && hidden.getSource(SOURCES.zones)) {
        hidden.setFeatureState({ source: SOURCES.zones, id: selectedId }, { selected: true });
      }
      for (const id of highlightedIds) {
        if (hidden.getSource(SOURCES.zones))
          hidden.setFeatureState({ source: SOURCES.zones, id }, { highlighted: true });
      }
      performance.mark('map-image:loaded');
    });
    performance.mark('map-image:tiles');
    // Everything is loaded and placed: now the one frame at full size.
    hidden.setPixelRatio(frame.pixelRatio);
    await drawn(hidden);
    performance.mark('map-image:idle');
    const copy = await copyWebGlCanvas(hidden.getCanvas());
    let canvas = copy;
    if (copy.width !== size.width || copy.height !== size.height) {
      // Not exact (a size no container fits, or the GPU capped the buffer): drawn scaled to fit.
      canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [size.width, size.height];
      canvas.getContext('2d')?.drawImage(copy, 0, 0, size.width, size.height);
    }
    performance.mark('map-image:copied');
    const centre = live.getCenter();
    return {
      canvas,
      metresPerPixel: metresPerPixel(centre.lat, frame.zoom) / (copy.width / frame.cssWidth),
    };
  } finally {
    // Removing a map loses its WebGL context, a long task at 4K: done after the download has started.
    const done = map;
    setTimeout(() => {
      done?.remove();
      container.remove();
      performance.mark('map-image:removed');
    }, REMOVE_DELAY_MS);
  }
}

/**
 * Resolves at the map's next `idle` (after `onLoad`, run at its `load`, when it is still loading):
 * everything requested is drawn. Rejects when the style fails to load, or after TIMEOUT_MS.
 */
function drawn(map: MapLibreMap, onLoad?: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The map image took too long to draw')), TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (onLoad) {
      map.once('load', () => {
        onLoad();
        map.once('idle', done);
      });
    } else map.once('idle', done);
    // A style that fails to load never fires 'load'; a tile that fails later still ends in 'idle'.
    map.on('error', (event) => {
      if (map.loaded()) return;
      clearTimeout(timer);
      reject(event.error instanceof Error ? event.error : new Error(String(event.error)));
    });
  });
}
