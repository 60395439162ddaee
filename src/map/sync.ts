import type { Map as MapLibreMap } from 'maplibre-gl';
import { t } from '../i18n';
import type { AppState, FlyToRequest } from '../state/appState';
import { boundsOfZones } from '../geo/bounds';
import { LAYER_GROUPS, resolveTheme } from '../state/layers';
import { FOCUS_MAX_ZOOM, framePadding, prefersReducedMotion, zoneBounds } from './camera';
import { mapCredits } from './attribution';
import type { CreditsControl, ResetViewControl } from './controls';
import { bilingualLabel } from './labels';
import { BILINGUAL_LABEL_LAYERS, buildStyle, SOURCES, type StyleInput } from './style';
import { THEMES } from './theme';
import { groupStateName } from './visibility';
import type { MapViewOptions } from './view';

/** The style for the current state: the same pure builder serves the first frame and every theme change. */
export function styleInputFor(options: Omit<StyleInput, 'language'>, state: AppState): StyleInput {
  return {
    zones: options.zones,
    metrics: options.metrics,
    colors: options.colors,
    basemapUrl: options.basemapUrl,
    language: state.language,
    theme: THEMES[resolveTheme(state.theme, state.systemTheme)],
    visibleLayers: state.visibleLayers,
    basemap: state.basemap,
  };
}

/**
 * Mirrors the store into the map, each change by the cheapest means: hover and selection through
 * feature-state, layer switches through global state, language through the label layers' text-field
 * and the credits control, and theme or basemap by handing MapLibre the rebuilt style to diff (only
 * the changed paint and the raster source and layer are applied; the zone sources and their
 * feature-state stay).
 */
export function syncMapWithStore(
  map: MapLibreMap,
  options: MapViewOptions,
  controls: { reset: ResetViewControl; credits: CreditsControl },
): void {
  const { store } = options;
  const bounds = zoneBounds(options.zones);
  let styleReady = false;

  const setZoneState = (id: string | null, state: Record<string, boolean>) => {
    if (id !== null && map.getSource(SOURCES.zones)) map.setFeatureState({ source: SOURCES.zones, id }, state);
  };

  const applyLanguage = (state: AppState) => {
    map.getCanvas().setAttribute('aria-label', t(state.language, 'shell.mapLabel'));
    controls.reset.setLabel(t(state.language, 'map.resetView'));
    controls.credits.show(mapCredits(state.language, state.basemap));
    if (!styleReady) return;
    for (const id of BILINGUAL_LABEL_LAYERS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', bilingualLabel(state.language));
    }
  };

  const applyLayers = (state: AppState) => {
    if (!styleReady) return;
    for (const group of LAYER_GROUPS) {
      map.setGlobalStateProperty(groupStateName(group), state.visibleLayers.includes(group));
    }
  };

  const applyStyle = (state: AppState) => {
    if (styleReady) map.setStyle(buildStyle(styleInputFor(options, state)), { diff: true });
  };

  const flyTo = (id: string) => {
    const box = bounds.get(id);
    if (!box) return;
    // MapLibre already jumps under prefers-reduced-motion; saying so here keeps the intent visible.
    const animate = !prefersReducedMotion();
    const [west, south, east, north] = box;
    if (west === east && south === north) {
      map.easeTo({ center: [west, south], zoom: Math.max(map.getZoom(), FOCUS_MAX_ZOOM - 1), animate });
    } else {
      map.fitBounds(box, {
        padding: framePadding(map.getContainer()),
        maxZoom: FOCUS_MAX_ZOOM,
        animate,
        duration: 900,
      });
    }
  };

  // A request to move the map from elsewhere (a timeline event): zones are fitted, points flown to.
  const moveTo = (request: FlyToRequest) => {
    const padding = request.padding ?? framePadding(map.getContainer());
    const animate = !prefersReducedMotion();
    if ('zoneIds' in request) {
      const box = boundsOfZones(options.zones, request.zoneIds);
      if (box) map.fitBounds(box, { padding, maxZoom: FOCUS_MAX_ZOOM, animate });
    } else {
      map.flyTo({ center: request.center, zoom: request.zoom, padding, animate });
    }
  };

  map.once('load', () => {
    styleReady = true;
    // Anything that changed while the style was loading.
    const state = store.get();
    applyLanguage(state);
    applyLayers(state);
    setZoneState(state.selectedId, { selected: true });
  });
  applyLanguage(store.get());

  store.subscribe((state, previous) => {
    if (state.hoveredId !== previous.hoveredId) {
      setZoneState(previous.hoveredId, { hover: false });
      setZoneState(state.hoveredId, { hover: true });
      map.getCanvas().style.cursor = state.hoveredId ? 'pointer' : '';
    }
    if (state.selectedId !== previous.selectedId) {
      setZoneState(previous.selectedId, { selected: false });
      setZoneState(state.selectedId, { selected: true });
      if (state.selectedId !== null) flyTo(state.selectedId);
    }
    if (state.flyTo && state.flyTo !== previous.flyTo) moveTo(state.flyTo);
    if (state.language !== previous.language) applyLanguage(state);
    if (state.visibleLayers !== previous.visibleLayers) applyLayers(state);
    const themeChanged =
      resolveTheme(state.theme, state.systemTheme) !== resolveTheme(previous.theme, previous.systemTheme);
    if (themeChanged || state.basemap !== previous.basemap) applyStyle(state);
    if (state.basemap !== previous.basemap) controls.credits.show(mapCredits(state.language, state.basemap));
  });
}
