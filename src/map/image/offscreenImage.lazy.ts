import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { Map as MapLibreMap, type JumpToOptions } from 'maplibre-gl';
import { imageFrame, metresPerPixel, type ImageFrame, type ImageSize } from '../../export/frame';
import { drawn } from './drawn';
import { copyWebGlCanvas } from './readPixels';
import { SOURCES } from '../style/style';
import type { MapImage } from '../../export/frame';
import { LAYER_GROUPS } from '../../state/layerGroups';
import { groupStateName } from '../style/visibility';
import type { CameraTarget, ImageView } from '../types';

/** The hidden map's canvas width (device pixels) while it loads: its frames then cost the GPU little. */
const LOADING_WIDTH = 320;

/** One hidden map, kept between exports of the same live map so the next export skips its start. */
interface Kept {
  live: MapLibreMap;
  map: MapLibreMap;
  container: HTMLDivElement;
  /** Removes it after KEEP_MS without an export: a WebGL context is a scarce thing in a page. */
  timer: ReturnType<typeof setTimeout>;
}
let kept: Kept | null = null;
/** Exports in flight share the kept map one after the other. */
let queue: Promise<unknown> = Promise.resolve();

/** How long the hidden map is kept after an export, for the next one. */
const KEEP_MS = 60_000;

function discard(): void {
  if (!kept) return;
  const { map, container, timer } = kept;
  kept = null;
  clearTimeout(timer);
  map.remove();
  container.remove();
  performance.mark('map-image:removed');
}

/** What to draw: the zones to mark, and, for a view other than the live one, its camera and layers. */
export type ImageRequest = Pick<ImageView, 'selectedId' | 'highlightedIds'> & Partial<ImageView>;

/**
 * Draws the live map's view (or `request`'s camera and layers) again on a hidden MapLibre map whose drawing buffer is exactly `size`
 * (src/export/frame.ts chooses its container, pixel ratio and zoom), with the live style as it is now
 * (theme, language, layer switches through global state) and the selected and highlighted zones, then
 * copies it to a 2D canvas. Loaded on the first export only. The hidden map is made once and kept for a
 * minute: a later export moves it, diffs its style and draws again, without a new WebGL context or
 * loading and tiling the basemap again. Between exports it shrinks to its small loading size.
 */
export function renderMapImage(live: MapLibreMap, size: ImageSize, request: ImageRequest): Promise<MapImage> {
  const run = queue.then(() => draw(live, size, request));
  queue = run.catch(() => {});
  return run;
}

/** What the hidden map is asked to draw: the live map's style and view, at the image's zoom. */
interface HiddenView {
  live: MapLibreMap;
  style: StyleSpecification;
  /** The live map's switches, or the requested view's layer groups. */
  globalState: Record<string, unknown>;
  camera: JumpToOptions;
  /** The pixel ratio the hidden map loads at (see LOADING_WIDTH). */
  loadingRatio: number;
  selectedId: string | null;
  highlightedIds: readonly string[];
}

/** The camera asked for, or the live map's. */
function cameraOf(live: MapLibreMap, request: ImageRequest): Required<CameraTarget> {
  const { camera } = request;
  if (camera) return { bearing: 0, pitch: 0, ...camera };
  const { lng, lat } = live.getCenter();
  return { center: [lng, lat], zoom: live.getZoom(), bearing: live.getBearing(), pitch: live.getPitch() };
}

/** The live map's global state, with the requested layer groups' switches in place of its own. */
function globalStateOf(live: MapLibreMap, { visibleLayers }: ImageRequest): Record<string, unknown> {
  const state: Record<string, unknown> = { ...live.getGlobalState() };
  if (visibleLayers) for (const group of LAYER_GROUPS) state[groupStateName(group)] = visibleLayers.includes(group);
  return state;
}

async function draw(live: MapLibreMap, size: ImageSize, request: ImageRequest): Promise<MapImage> {
  const liveContainer = live.getContainer();
  const reference = request.frame ?? { width: liveContainer.clientWidth, height: liveContainer.clientHeight };
  const target = cameraOf(live, request);
  const frame = imageFrame(size, reference, target.zoom);
  if (kept && kept.live !== live) discard();
  const container = kept?.container ?? document.createElement('div');
  placeOffScreen(container, frame);
  // Drawn small while its tiles load and its labels are placed (all of which depend on the CSS size and
  // zoom, not on the pixel ratio), then once at full size: MapLibre draws a frame each time a tile
  // arrives, and a software GPU takes about half a second for each frame of 4K.
  const loadingRatio = Math.min(frame.pixelRatio, LOADING_WIDTH / frame.cssWidth);
  const camera = { ...target, zoom: frame.zoom };
  const { selectedId, highlightedIds } = request;
  const globalState = globalStateOf(live, request);
  const view: HiddenView = {
    live,
    style: live.getStyle(),
    globalState,
    camera,
    loadingRatio,
    selectedId,
    highlightedIds,
  };
  performance.mark('map-image:style');
  let map: MapLibreMap;
  try {
    map = kept ? await redrawKept(kept, view) : await drawOnNewMap(container, size, view);
    performance.mark('map-image:tiles');
    // Everything is loaded and placed: now the one frame at full size.
    map.setPixelRatio(frame.pixelRatio);
    await drawn(map, { tooLong: 'The map image took too long to draw' });
  } catch (error) {
    // A map that failed once is not trusted with the next export.
    discard();
    throw error;
  }
  performance.mark('map-image:idle');
  try {
    return await copyImage(map, size, frame, target.center[1]);
  } finally {
    // Back to the small canvas (its 4K buffer freed) until the next export, or removed after KEEP_MS.
    if (kept?.map === map) {
      map.setPixelRatio(loadingRatio);
      kept.timer = setTimeout(discard, KEEP_MS);
    }
  }
}

/** Laid out (MapLibre reads clientWidth) but off screen and out of the page's flow. */
function placeOffScreen(container: HTMLDivElement, frame: ImageFrame): void {
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
  if (!container.isConnected) document.body.append(container);
}

/** The selected and highlighted zones, drawn as on the live map (feature-state, see map/sync.ts). */
function markZones(map: MapLibreMap, { selectedId, highlightedIds }: HiddenView): void {
  if (!map.getSource(SOURCES.zones)) return;
  map.removeFeatureState({ source: SOURCES.zones });
  if (selectedId !== null) map.setFeatureState({ source: SOURCES.zones, id: selectedId }, { selected: true });
  for (const id of highlightedIds) map.setFeatureState({ source: SOURCES.zones, id }, { highlighted: true });
  performance.mark('map-image:loaded');
}

/** The kept hidden map, moved to the view and given the live style; resolves once it has drawn. */
async function redrawKept(hidden: Kept, view: HiddenView): Promise<MapLibreMap> {
  const { map } = hidden;
  clearTimeout(hidden.timer);
  map.setPixelRatio(view.loadingRatio);
  map.resize();
  // Only what changed since the last export is applied (a theme, a language, the online basemap).
  map.setStyle(view.style, { diff: true });
  for (const [key, value] of Object.entries(view.globalState)) map.setGlobalStateProperty(key, value);
  map.jumpTo(view.camera);
  markZones(map, view);
  await drawn(map, { start: () => map.triggerRepaint(), tooLong: 'The map image took too long to draw' });
  return map;
}

/** A new hidden map in `container`, kept for the next export; resolves once it has loaded and drawn. */
async function drawOnNewMap(container: HTMLDivElement, size: ImageSize, view: HiddenView): Promise<MapLibreMap> {
  const map = new MapLibreMap({
    container,
    style: view.style,
    globalState: view.globalState,
    ...view.camera,
    pixelRatio: view.loadingRatio,
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
  kept = { live: view.live, map, container, timer: setTimeout(discard, KEEP_MS) };
  await drawn(map, { onLoad: () => markZones(map, view), tooLong: 'The map image took too long to draw' });
  return map;
}

/** The hidden map's drawing as a 2D canvas of exactly `size`, with its ground scale. */
async function copyImage(map: MapLibreMap, size: ImageSize, frame: ImageFrame, latitude: number): Promise<MapImage> {
  const copy = await copyWebGlCanvas(map.getCanvas());
  let canvas = copy;
  if (copy.width !== size.width || copy.height !== size.height) {
    // Not exact (a size no container fits, or the GPU capped the buffer): drawn scaled to fit.
    canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [size.width, size.height];
    canvas.getContext('2d')?.drawImage(copy, 0, 0, size.width, size.height);
  }
  performance.mark('map-image:copied');
  return { canvas, metresPerPixel: metresPerPixel(latitude, frame.zoom) / (copy.width / frame.cssWidth) };
}
