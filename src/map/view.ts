import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../config';
import type { AppStore, MapView } from '../state/appState';
import { FOCUS_MAX_ZOOM, framePadding, openingBounds, prefersReducedMotion, zoneBounds } from './camera';
import { CreditsControl, ResetViewControl } from './controls';
import { buildStyle, INTERACTIVE_ZONE_LAYERS, type StyleInput } from './style';
import { styleInputFor, syncMapWithStore } from './sync';

setWorkerUrl(workerUrl);

export interface MapViewOptions extends Omit<StyleInput, 'language' | 'theme' | 'visibleLayers' | 'basemap'> {
  container: HTMLElement;
  store: AppStore;
  /** Called once, when the map has drawn its first complete frame. */
  onReady?: () => void;
  /** Called when a tile, source or image fails; the map keeps working. */
  onError?: (error: { message: string }) => void;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

const sameView = (a: MapView, b: MapView) =>
  a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing;

/**
 * Owns the MapLibre map: draws the style, turns pointer and camera events into store updates, and
 * (through sync.ts) mirrors the store into the map. Throws GPUInitializationError without WebGL2.
 */
export function createMapView(options: MapViewOptions): MapLibreMap {
  const { container, store } = options;
  const { view, selectedId } = store.get();
  const bounds = zoneBounds(options.zones);
  const opening = openingBounds(options.zones, bounds);
  // A link without a camera frames its zone, or the FTZ, on whatever screen opens it.
  const framed = sameView(view, DEFAULT_VIEW);
  const map = new MapLibreMap({
    container,
    style: buildStyle(styleInputFor(options, store.get())),
    ...(framed
      ? {
          bounds: (selectedId !== null && bounds.get(selectedId)) || opening,
          fitBoundsOptions: { padding: framePadding(container), maxZoom: FOCUS_MAX_ZOOM },
        }
      : { center: view.center, zoom: view.zoom, bearing: view.bearing }),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    // Added below, expanded: the credits stay visible on every screen size.
    attributionControl: false,
  });
  const resetControl = new ResetViewControl((m) =>
    m.fitBounds(opening, { padding: framePadding(container), bearing: 0, pitch: 0, animate: !prefersReducedMotion() }),
  );
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(resetControl, 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  // Added by sync.ts in the current language (and again when it changes); expanded on every screen size.
  const credits = new CreditsControl(map);

  const zoneAt = (event: MapMouseEvent): string | null => {
    const layers = INTERACTIVE_ZONE_LAYERS.filter((id) => map.getLayer(id));
    const [top] = map.queryRenderedFeatures(event.point, { layers });
    const id = top?.properties?.['id'];
    return typeof id === 'string' ? id : null;
  };

  map.on('mousemove', (event) => store.update({ hoveredId: zoneAt(event) }));
  map.on('mouseout', () => store.update({ hoveredId: null }));
  map.on('click', (event) => store.update({ selectedId: zoneAt(event) }));
  map.on('moveend', () => {
    const center = map.getCenter();
    store.update({
      view: {
        center: [round(center.lng, 6), round(center.lat, 6)],
        zoom: round(map.getZoom(), 4),
        bearing: round(map.getBearing(), 2),
      },
    });
  });
  map.on('error', (event) => options.onError?.(event.error));
  map.once('idle', () => options.onReady?.());

  syncMapWithStore(map, options, { reset: resetControl, credits });
  return map;
}
