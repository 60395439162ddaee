import { keepMapForPrint } from './image/printSnapshot';
import {
  LngLat,
  Map as MapLibreMap,
  NavigationControl,
  Point,
  ScaleControl,
  setWorkerUrl,
  type CameraOptions,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { ZONE_STYLE as BUILT_ZONE_STYLE } from 'virtual:zone-style';
import { DEFAULT_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../config';
import { basemapUrl, zonesSourceUrl } from '../data/load';
import { round } from '../geo/round';
import type { AppStore, Camera } from '../state/appState';
import { toggleCompared } from '../state/compareSet';
import { isUserFeatureId } from '../state/userFeatures';
import { startStore, type StartLink } from '../state/startStore';
import { isOnlineBasemapEvent, watchOnlineBasemap } from './basemapFallback';
import { createMapController } from './controller';
import { FOCUS_MAX_ZOOM, visiblePadding } from './framing';
import { openingFrame } from './svg/openingFrame';
import { CreditsControl, ResetViewControl } from './controls';
import { gestureLocale, syncCooperativeGestures } from './cooperativeGestures';
import { isPointerCaptured } from './pointerCapture';
import { buildStyle, INTERACTIVE_ZONE_LAYERS, SOURCES } from './style/style';
import { BASEMAP_TILES } from './style/basemapSource';
import { registerBasemapProtocol } from './basemapProtocol';
import { syncMapWithStore } from './sync';
import { USER_FILL_LAYER } from './style/userLayers';
import { syncUserFeatures } from './userSync';
import { workerUrlUnderPagePolicy } from './workerPolicy';
import { styleInputFor, type MapController, type MapViewOptions } from './types';
import { lateEvents, type MapConnection } from './lateEvents';
import { markFirstFrames } from './timelineMarks';
import type { ZoneStyleData } from './style/zoneStyleData';

// From a blob: URL, so MapLibre's workers run under the page's CSP too (workerPolicy.ts).
setWorkerUrl(workerUrlUnderPagePolicy(workerUrl));
if (BASEMAP_TILES) registerBasemapProtocol();

/** The controller, plus the MapLibre map itself for the page's debugging handle (window.atlas). */
export type MapLibreView = MapController & { readonly map: MapLibreMap };

const sizeOf = (element: HTMLElement) => `${element.clientWidth}×${element.clientHeight}`;

/** Whether the map already shows `camera` (to a millionth of a degree and of a zoom level). */
const showsCamera = (map: MapLibreMap, camera: CameraOptions) => {
  const center = LngLat.convert(camera.center ?? map.getCenter());
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  return (
    near(center.lng, map.getCenter().lng) &&
    near(center.lat, map.getCenter().lat) &&
    near(camera.zoom ?? map.getZoom(), map.getZoom()) &&
    near(camera.bearing ?? map.getBearing(), map.getBearing())
  );
};

const sameCamera = (a: Camera, b: Camera) =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing;

/**
 * Creates the MapLibre map and returns its controller: draws the style, turns pointer and camera
 * events into store updates, and (through sync.ts) mirrors the store into the map. Throws
 * GPUInitializationError without WebGL2.
 */
export function createMapView(options: MapViewOptions): MapLibreView {
  const { container, store } = options;
  const { map, bounds, opening, framed } = openMap(options);
  const controller = createMapController(
    map,
    bounds,
    opening,
    () => store.get().selectedId,
    () => store.get().highlightedIds,
  );
  if (framed) {
    // The map was framed before the page's panels and chrome existed; once they have mounted, a box over
    // the map (an embed's details) gets its side kept clear, and a map whose size they changed (an
    // embed's hidden header) is fitted to it: framed again, as a jump. Only when that moves the camera:
    // under a software renderer a redrawn frame of the whole map costs hundreds of milliseconds.
    const size = sizeOf(container);
    void (options.panelsMounted ?? Promise.resolve()).then(() => {
      if (controller.movesStarted() > 0) return;
      if (sizeOf(container) !== size) map.resize();
      const { box, padding } = openingFrame(container, store.get().selectedId, bounds, opening);
      const camera = map.cameraForBounds(box, { padding: visiblePadding(container, padding), maxZoom: FOCUS_MAX_ZOOM });
      if (camera && !showsCamera(map, camera)) map.jumpTo(camera);
    });
  }
  const controls = addControls(map, controller);
  listenToPointer(map, store);
  listenToMap(map, options);

  const stopSync = syncMapWithStore(map, options, controller, controls);
  const stopUserFeatures = syncUserFeatures(map, store, bounds);
  // After the sync: once the style has loaded, its style sync must be ready before a pending fallback
  // changes the basemap.
  const stopFallback = watchOnlineBasemap(map, store, () => options.onBasemapFallback?.());
  const stopGestures = options.cooperativeGestures ? syncCooperativeGestures(map, store) : () => {};
  const stopPrint = keepMapForPrint(map);
  return {
    map,
    fitZones: controller.fitZones,
    flyTo: controller.flyTo,
    reset: controller.reset,
    planner: controller.planner!,
    renderImage: controller.renderImage,
    frameMap: controller.frameMap!,
    destroy() {
      stopSync();
      stopUserFeatures();
      stopGestures();
      stopFallback();
      stopPrint();
      controller.destroy();
    },
  };
}

/** The build's `zoneStyleData` of the zones file it checked (scripts/build/zonesIntegrity.mjs). */
const ZONE_STYLE = BUILT_ZONE_STYLE as ZoneStyleData;

/**
 * The map as main.ts starts it, as soon as this module has run: its view, whose events wait for the
 * page's listeners (`connect`), or why it could not be made (no WebGL2 context).
 */
export type EarlyMap =
  | { view: MapLibreView; connect(to: MapConnection, zones: ZoneStyleData): void; error?: undefined }
  | { view: null; error: unknown };

/**
 * Makes the map before the app's code and the parsed zones have arrived: the style's zone data is the
 * build's (`virtual:zone-style`), the zones source is the file's URL (MapLibre's worker fetches it, as
 * the page does for its panels: the HTTP cache shares the download). `connect` hands over the page's
 * listeners and the zone data of the file the page loaded: a file other than the one the build checked
 * (edited after the build, and valid) is then drawn with its own colours, labels and boxes.
 */
export function startMapView(link: StartLink, container: HTMLElement): EarlyMap {
  const store = startStore(link);
  const late = lateEvents();
  const options: MapViewOptions = {
    container,
    store,
    ...zoneOptions(ZONE_STYLE),
    zonesUrl: zonesSourceUrl(document.baseURI),
    basemapUrl: basemapUrl(document.baseURI),
    // Embedded, a plain wheel scrolls the host page: Ctrl/⌘ + wheel zooms, two fingers pan.
    cooperativeGestures: store.get().embed,
    panelsMounted: late.panelsMounted,
    ...late.events,
  };
  let view: MapLibreView;
  try {
    view = createMapView(options);
  } catch (error) {
    return { view: null, error };
  }
  const built = JSON.stringify(ZONE_STYLE);
  return {
    view,
    connect(to, zones) {
      if (JSON.stringify(zones) !== built) useZoneData(view.map, options, zones);
      late.connect(to);
    },
  };
}

/** The style's and the camera's zone inputs from their JSON form. */
const zoneOptions = ({ colors, labels, bounds, opening }: ZoneStyleData) => ({
  colors: new Map(colors),
  zoneLabels: labels,
  bounds: new Map(bounds),
  opening: [...opening] as MapViewOptions['opening'],
});

/** Another zones file than the build's: its data replaces the build's, in the objects the view holds. */
function useZoneData(map: MapLibreMap, options: MapViewOptions, zones: ZoneStyleData): void {
  const next = zoneOptions(zones);
  for (const id of [...options.bounds.keys()]) if (!isUserFeatureId(id)) options.bounds.delete(id);
  for (const [id, box] of next.bounds) options.bounds.set(id, box);
  options.opening.splice(0, 4, ...next.opening);
  options.colors = next.colors;
  options.zoneLabels = next.zoneLabels;
  map.setStyle(buildStyle(styleInputFor(options, options.store.get())), { diff: true });
}

/** The map in its first view: the link's camera, or framed on the selected zone or the FTZ. */
function openMap(options: MapViewOptions) {
  const { container, store, bounds, opening } = options;
  const { view, selectedId } = store.get();
  // A link without a camera frames its zone, or the FTZ, on whatever screen opens it.
  const framed = sameCamera(view, DEFAULT_VIEW);
  const frame = openingFrame(container, selectedId, bounds, opening);
  const map = new MapLibreMap({
    container,
    style: buildStyle(styleInputFor(options, store.get())),
    ...(framed
      ? {
          bounds: frame.box,
          fitBoundsOptions: { padding: frame.padding, maxZoom: FOCUS_MAX_ZOOM },
        }
      : { center: view.center, zoom: view.zoom, bearing: view.bearing }),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    // Added by sync.ts: written out on a wide map, folded into a button on a phone (CreditsControl).
    attributionControl: false,
    cooperativeGestures: options.cooperativeGestures ?? false,
    locale: gestureLocale(store.get().language),
  });
  return { map, bounds, opening, framed };
}

/**
 * The zoom, reset and scale controls. The credits control is made here but added by sync.ts, in the
 * current language (and again when it changes); compact on a narrow map (controls.ts).
 */
function addControls(map: MapLibreMap, controller: Pick<MapController, 'reset'>) {
  const reset = new ResetViewControl(() => void controller.reset());
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(reset, 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  return { reset, credits: new CreditsControl(map) };
}

/** Hover, click and Shift+click on the zones become store updates. */
function listenToPointer(map: MapLibreMap, store: AppStore): void {
  const zoneAt = ({ point }: Pick<MapMouseEvent, 'point'>): string | null => {
    // The visitor's own features are drawn on top, so they take the click where they overlap a zone.
    const layers = [USER_FILL_LAYER, ...INTERACTIVE_ZONE_LAYERS].filter((id) => map.getLayer(id));
    const [top] = map.queryRenderedFeatures(point, { layers });
    const id = top?.properties?.['id'];
    return typeof id === 'string' ? id : null;
  };

  map.on('mousemove', (event) => store.update({ hoveredId: zoneAt(event) }));
  map.on('mouseout', () => store.update({ hoveredId: null }));
  map.on('click', (event) => {
    // A planner tool (measuring) has taken the clicks.
    if (isPointerCaptured(map)) return;
    const id = zoneAt(event);
    // Shift+click adds the zone to the comparison (or takes it out) instead of opening its details.
    if (event.originalEvent.shiftKey) {
      if (id !== null) toggleCompared(store, id);
    } else store.update({ selectedId: id });
  });
  // MapLibre's box zoom takes Shift+mousedown and swallows the click that follows; a Shift+click that
  // did not drag ends as 'boxzoomcancel' (so does Escape during a box zoom, which has no mouse event).
  map.on('boxzoomcancel', ({ originalEvent }) => {
    if (!(originalEvent instanceof MouseEvent) || isPointerCaptured(map)) return;
    const box = map.getCanvasContainer().getBoundingClientRect();
    const id = zoneAt({ point: new Point(originalEvent.clientX - box.left, originalEvent.clientY - box.top) });
    if (id !== null) toggleCompared(store, id);
  });
}

/** The camera into the store when it stops; errors and the first complete frame to the page. */
function listenToMap(map: MapLibreMap, options: MapViewOptions): void {
  map.on('moveend', () => {
    const center = map.getCenter();
    options.store.update({
      view: {
        center: [round(center.lng, 6), round(center.lat, 6)],
        zoom: round(map.getZoom(), 4),
        bearing: round(map.getBearing(), 2),
      },
    });
  });
  map.on('error', (event) => {
    // The online basemap's failed tiles are the fallback's to handle, not one warning each.
    if (isOnlineBasemapEvent(event)) return;
    // A source's error carries its id (MapLibre adds it to the event, its type does not say so).
    const { sourceId } = event as { sourceId?: string };
    if (sourceId === SOURCES.basemap && options.onBasemapError) options.onBasemapError(event.error);
    else options.onError?.(event.error);
  });
  markFirstFrames(map);
  map.once('idle', () => options.onReady?.());
}
