import type { Map as MapLibreMap } from 'maplibre-gl';
import { t } from '../i18n/index';
import type { AppState, AppStore } from '../state/appState';
import { LAYER_GROUPS } from '../state/layerGroups';
import { isUserFeatureId } from '../state/userFeatures';
import { USER_SOURCE, USER_SOURCE_LAYER } from './style/userLayers';
import { resolveTheme } from '../state/themes';
import { mapCredits } from './attribution';
import type { CreditsControl, ResetViewControl } from './controls';
import { bilingualLabel } from './style/labels';
import { BILINGUAL_LABEL_LAYERS, buildStyle, SOURCES } from './style/style';
import { groupStateName } from './style/visibility';
import type { MapLibreController } from './controller';
import { styleInputFor, type MapViewOptions } from './types';

/**
 * When the style can be changed: MapLibre's 'style.load' (the style is parsed, its sources and layers
 * exist), not 'load', which also waits for every tile of the first view. A tile that hangs (the
 * opt-in online basemap behind a network that drops packets) would hold 'load' back for good, and
 * with it the fallback that removes that tile source (basemapFallback.ts).
 */
export const STYLE_READY = 'style.load';

interface SyncContext {
  map: MapLibreMap;
  store: AppStore;
  /** False until the style has loaded: layers and sources cannot be changed before. */
  styleReady: () => boolean;
}

/**
 * Hover, selection and a tour scene's highlight through feature-state: no source is rebuilt, the map
 * repaints only the zones.
 */
function syncZoneStates({ map, store }: SyncContext, controller: MapLibreController): (() => void)[] {
  const setZoneState = (id: string | null, state: Record<string, boolean>) => {
    if (id === null) return;
    // Imported features have their own source of vector tiles (userLayers.ts), styled by the same two
    // states; feature-state on a vector source names the layer within its tiles.
    const target = isUserFeatureId(id)
      ? { source: USER_SOURCE, sourceLayer: USER_SOURCE_LAYER, id }
      : { source: SOURCES.zones, id };
    if (map.getSource(target.source)) map.setFeatureState(target, state);
  };
  map.once(STYLE_READY, () => {
    setZoneState(store.get().selectedId, { selected: true });
    for (const id of store.get().highlightedIds) setZoneState(id, { highlighted: true });
  });
  return [
    store.select(
      (state) => state.hoveredId,
      (hovered, previous) => {
        setZoneState(previous, { hover: false });
        setZoneState(hovered, { hover: true });
        map.getCanvas().style.cursor = hovered ? 'pointer' : '';
      },
    ),
    store.select(
      (state) => state.selectedId,
      (selected, previous) => {
        setZoneState(previous, { selected: false });
        setZoneState(selected, { selected: true });
        if (selected === null) return;
        // Framed once the store's other listeners have run, so the details this selection opens are on
        // screen and the framing keeps clear of them; unless a move was asked for meanwhile (a tour
        // scene that selects its zone and then moves to its own camera), which is what the caller meant.
        const before = controller.movesStarted();
        queueMicrotask(() => {
          if (controller.movesStarted() === before && store.get().selectedId === selected) {
            void controller.fitZones([selected]);
          }
        });
      },
    ),
    store.select(
      (state) => state.highlightedIds,
      (highlighted, previous) => {
        for (const id of previous) setZoneState(id, { highlighted: false });
        for (const id of highlighted) setZoneState(id, { highlighted: true });
      },
    ),
  ];
}

/** Language: the canvas's name, the controls' labels and credits, and the label layers' text-field. */
function syncLanguage(
  { map, store, styleReady }: SyncContext,
  controls: { reset: ResetViewControl; credits: CreditsControl },
): (() => void)[] {
  const apply = ({ language, basemap }: AppState) => {
    // Not the region's own name (#map has it): two landmarks with one name confuse screen-reader users.
    map.getCanvas().setAttribute('aria-label', t(language, 'map.canvasLabel'));
    controls.reset.setLabel(t(language, 'map.resetView'));
    controls.credits.show(mapCredits(language, basemap));
    if (!styleReady()) return;
    for (const id of BILINGUAL_LABEL_LAYERS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', bilingualLabel(language));
    }
  };
  map.once(STYLE_READY, () => apply(store.get()));
  apply(store.get());
  return [
    store.select(
      (state) => [state.language, state.basemap],
      () => apply(store.get()),
    ),
  ];
}

/** Layer switches through MapLibre's global state: one property per group, nothing rebuilt. */
function syncLayers({ map, store, styleReady }: SyncContext): (() => void)[] {
  const apply = ({ visibleLayers }: AppState) => {
    if (!styleReady()) return;
    for (const group of LAYER_GROUPS) map.setGlobalStateProperty(groupStateName(group), visibleLayers.includes(group));
  };
  map.once(STYLE_READY, () => apply(store.get()));
  return [
    store.select(
      (state) => state.visibleLayers,
      () => apply(store.get()),
    ),
  ];
}

/**
 * Theme and background map change many paint values or add a source, so MapLibre gets the rebuilt
 * pure style to diff: only the changed paint and the raster source and layer are applied; the zone
 * sources and their feature-state stay.
 */
function syncStyle({ map, store, styleReady }: SyncContext, options: MapViewOptions): (() => void)[] {
  return [
    store.select(
      (state) => [resolveTheme(state.theme, state.systemTheme), state.basemap],
      () => {
        if (styleReady()) map.setStyle(buildStyle(styleInputFor(options, store.get())), { diff: true });
      },
    ),
  ];
}

/** Mirrors the store into the map, each change by the cheapest means. Returns a function that stops it. */
export function syncMapWithStore(
  map: MapLibreMap,
  options: MapViewOptions,
  controller: MapLibreController,
  controls: { reset: ResetViewControl; credits: CreditsControl },
): () => void {
  let ready = false;
  map.once(STYLE_READY, () => (ready = true));
  const context: SyncContext = { map, store: options.store, styleReady: () => ready };
  const unsubscribes = [
    ...syncZoneStates(context, controller),
    ...syncLanguage(context, controls),
    ...syncLayers(context),
    ...syncStyle(context, options),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}
