import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_VIEW, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../config';
import type { AppStore, FlyToRequest } from '../state/appState';
import { boundsOfZones } from '../geo/bounds';
import { buildStyle, INTERACTIVE_ZONE_LAYERS, SOURCES, type StyleInput } from './style';

setWorkerUrl(workerUrl);

export interface MapViewOptions extends Omit<StyleInput, 'language'> {
  container: HTMLElement;
  store: AppStore;
  /** Called once, when the map has drawn its first complete frame. */
  onReady?: () => void;
  /** Called when a tile, source or image fails; the map keeps working. */
  onError?: (error: { message: string }) => void;
}

/**
 * Owns the MapLibre map: draws the style, turns pointer events into store updates and mirrors the
 * store's hover and selection into feature-state. Throws GPUInitializationError without WebGL2.
 */
export function createMapView(options: MapViewOptions): MapLibreMap {
  const { container, store } = options;
  const map = new MapLibreMap({
    container,
    style: buildStyle({ ...options, language: store.get().language }),
    center: DEFAULT_VIEW.center,
    zoom: DEFAULT_VIEW.zoom,
    bearing: DEFAULT_VIEW.bearing,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    maxBounds: MAX_BOUNDS,
    attributionControl: { compact: false },
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.getCanvas().setAttribute('aria-label', 'Map of the Beijing FTZ areas');

  const zoneAt = (event: MapMouseEvent): string | null => {
    const layers = INTERACTIVE_ZONE_LAYERS.filter((id) => map.getLayer(id));
    const [top] = map.queryRenderedFeatures(event.point, { layers });
    const id = top?.properties?.['id'];
    return typeof id === 'string' ? id : null;
  };

  map.on('mousemove', (event) => store.update({ hoveredId: zoneAt(event) }));
  map.on('mouseout', () => store.update({ hoveredId: null }));
  map.on('click', (event) => store.update({ selectedId: zoneAt(event) }));
  map.on('error', (event) => options.onError?.(event.error));
  map.once('idle', () => options.onReady?.());

  // Requests to move the map (e.g. a timeline event): zones are fitted, points flown to. MapLibre
  // skips the animation when the visitor prefers reduced motion.
  const moveTo = (request: FlyToRequest) => {
    const padding = request.padding ?? { top: 40, right: 40, bottom: 40, left: 40 };
    if ('zoneIds' in request) {
      const bounds = boundsOfZones(options.zones, request.zoneIds);
      if (bounds) map.fitBounds(bounds, { padding, maxZoom: 13.5 });
    } else {
      map.flyTo({ center: request.center, zoom: request.zoom, padding });
    }
  };

  const setZoneState = (id: string | null, state: Record<string, boolean>) => {
    if (id !== null && map.getSource(SOURCES.zones)) map.setFeatureState({ source: SOURCES.zones, id }, state);
  };
  store.subscribe((state, previous) => {
    if (state.hoveredId !== previous.hoveredId) {
      setZoneState(previous.hoveredId, { hover: false });
      setZoneState(state.hoveredId, { hover: true });
      map.getCanvas().style.cursor = state.hoveredId ? 'pointer' : '';
    }
    if (state.selectedId !== previous.selectedId) {
      setZoneState(previous.selectedId, { selected: false });
      setZoneState(state.selectedId, { selected: true });
    }
    if (state.flyTo && state.flyTo !== previous.flyTo) moveTo(state.flyTo);
  });
  return map;
}
