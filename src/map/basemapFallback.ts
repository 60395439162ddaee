import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../state/appState';
import { OSM_SOURCE_ID } from './onlineBasemap';
import { STYLE_READY } from './sync';

/**
 * Tiles of the online basemap that may fail, with none loaded, before the atlas gives up on it. One
 * failure can be a blip; several in a row with nothing loaded means offline, blocked or down. A
 * blocked or offline request fails in milliseconds, so the bundled map is back well within a second
 * or two of the first frame.
 */
export const FAILED_TILES_BEFORE_FALLBACK = 3;

/**
 * How long the online basemap may take to deliver its first tile, counted from its first tile request,
 * before the atlas gives up on it. A request that hangs (a network that drops packets instead of
 * refusing, a captive portal, a server that accepts and never answers) raises no error, and MapLibre
 * sets no time limit of its own. Counted from the request, not from the opt-in, so a slow first frame
 * (the style must load before any tile is asked for) does not count against the tile server. A working
 * tile server answers in well under a second; eight seconds leaves a slow mobile link room.
 */
export const FIRST_TILE_TIMEOUT_MS = 8000;

/** Whether a map event comes from the online basemap's source (MapLibre adds `sourceId` to it). */
export const isOnlineBasemapEvent = (event: object): boolean =>
  (event as { sourceId?: unknown }).sourceId === OSM_SOURCE_ID;

/**
 * Watches the opt-in online basemap: when its tiles keep failing, or the first one does not arrive in
 * time, and none has loaded, the choice is reverted to the bundled basemap (which the layers panel and
 * the link then show) and `onFallback` tells the visitor. The count and the clock restart each time the
 * visitor picks the online map again, so they can retry once back online. Returns a function that
 * stops watching.
 */
export function watchOnlineBasemap(map: MapLibreMap, store: AppStore, onFallback: () => void): () => void {
  let failed = 0;
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopClock = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  // The store's style sync changes the style only once the first one has loaded (sync.ts), so a
  // fallback decided before then waits for it.
  let styleLoaded = false;
  let pending = false;
  const fallBack = () => {
    pending = false;
    stopClock();
    store.update({ basemap: 'offline' });
    onFallback();
  };
  const giveUp = () => {
    if (styleLoaded) fallBack();
    else pending = true;
  };
  /** Still waiting for the online basemap's first tile, and not already giving up. */
  const waiting = () => !loaded && !pending && store.get().basemap === 'osm';
  map.once(STYLE_READY, () => {
    styleLoaded = true;
    if (pending) fallBack();
  });
  const unsubscribe = store.select(
    (state) => state.basemap,
    (basemap) => {
      stopClock();
      if (basemap !== 'osm') return;
      failed = 0;
      loaded = false;
    },
  );
  const onLoading = map.on('sourcedataloading', (event) => {
    if (!isOnlineBasemapEvent(event) || !event.tile || timer !== undefined || !waiting()) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (waiting()) giveUp();
    }, FIRST_TILE_TIMEOUT_MS);
  });
  const onData = map.on('sourcedata', (event) => {
    if (event.sourceId !== OSM_SOURCE_ID || !event.tile) return;
    loaded = true;
    stopClock();
  });
  const onError = map.on('error', (event) => {
    if (!isOnlineBasemapEvent(event) || !waiting()) return;
    failed += 1;
    if (failed >= FAILED_TILES_BEFORE_FALLBACK) giveUp();
  });
  return () => {
    stopClock();
    unsubscribe();
    onLoading.unsubscribe();
    onData.unsubscribe();
    onError.unsubscribe();
  };
}
