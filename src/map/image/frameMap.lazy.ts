import { Map as MapLibreMap } from 'maplibre-gl';
import { imageFrame, metresPerPixel, type ImageSize, type MapImage } from '../../export/frame';
import { LAYER_GROUPS } from '../../state/layerGroups';
import { groupStateName } from '../style/visibility';
import { SOURCES } from '../style/style';
import { FRAME_MAP_CSS, type FrameMap, type FrameView } from '../types';
import { drawn } from './drawn';
import { copyWebGlCanvas } from './readPixels';

/**
 * A hidden MapLibre map that draws frame after frame (a video's), each at the camera, zones and layers
 * asked for, with the live map's style as it is when made (theme, language, basemap). Every frame waits
 * until the map is `idle` (all its tiles loaded and drawn), then is copied without blocking the page
 * (readPixels.ts): the result never depends on how fast the machine draws.
 *
 * Cameras are given as for a map of `reference` CSS pixels (FRAME_MAP_CSS); the frame is that map at `size` device
 * pixels (1920 × 1080 is 1280 × 720 drawn at a pixel ratio of 1.5), so labels keep their size
 * relative to the picture whatever the size chosen.
 */

export async function createFrameMap(
  live: MapLibreMap,
  size: ImageSize,
  reference: ImageSize = FRAME_MAP_CSS,
): Promise<FrameMap> {
  const frame = imageFrame(size, reference, 0);
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.inert = true;
  Object.assign(container.style, {
    position: 'fixed',
    top: '0',
    left: `${-frame.cssWidth - 100}px`,
    width: `${frame.cssWidth}px`,
    height: `${frame.cssHeight}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: live.getStyle(),
    globalState: live.getGlobalState(),
    center: live.getCenter(),
    zoom: live.getZoom(),
    pixelRatio: frame.pixelRatio,
    maxCanvasSize: [Math.max(4096, size.width), Math.max(4096, size.height)],
    // The buffer is read after `idle`, in later tasks than the frame that drew it (readPixels.ts).
    canvasContextAttributes: { preserveDrawingBuffer: true },
    interactive: false,
    validateStyle: false,
    attributionControl: false,
    fadeDuration: 0,
    renderWorldCopies: false,
  });
  const destroy = () => {
    map.remove();
    container.remove();
  };
  try {
    await drawn(map, { onLoad: () => undefined, tooLong: 'A video frame took too long to draw' });
  } catch (error) {
    destroy();
    throw error;
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(view) {
      const run = queue.then(() => draw(map, view, size, frame.zoom));
      queue = run.catch(() => {});
      return run;
    },
    destroy,
  };
}

/** Puts the hidden map in `view`'s state, waits until it has drawn, and copies the drawing. */
async function draw(map: MapLibreMap, view: FrameView, size: ImageSize, zoomOffset: number): Promise<MapImage> {
  for (const group of LAYER_GROUPS)
    map.setGlobalStateProperty(groupStateName(group), view.visibleLayers.includes(group));
  if (map.getSource(SOURCES.zones)) {
    map.removeFeatureState({ source: SOURCES.zones });
    if (view.selectedId !== null)
      map.setFeatureState({ source: SOURCES.zones, id: view.selectedId }, { selected: true });
    for (const id of view.highlightedIds) map.setFeatureState({ source: SOURCES.zones, id }, { highlighted: true });
  }
  const { center, zoom, bearing = 0, pitch = 0 } = view.camera;
  const padding = view.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  map.jumpTo({ center: [center[0], center[1]], zoom: zoom + zoomOffset, bearing, pitch, padding });
  // A frame at the same place as the last changes nothing MapLibre watches: ask it to draw anyway.
  await drawn(map, { start: () => map.triggerRepaint(), tooLong: 'A video frame took too long to draw' });
  const copy = await copyWebGlCanvas(map.getCanvas());
  let canvas = copy;
  if (copy.width !== size.width || copy.height !== size.height) {
    // A size no container fits exactly, or a GPU that capped the buffer: drawn scaled to fit.
    canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [size.width, size.height];
    canvas.getContext('2d')?.drawImage(copy, 0, 0, size.width, size.height);
  }
  const cssWidth = map.getContainer().clientWidth;
  return { canvas, metresPerPixel: metresPerPixel(center[1], zoom + zoomOffset) / (size.width / cssWidth) };
}
