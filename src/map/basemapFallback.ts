import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../state/appState';
import { OSM_SOURCE_ID } from './onlineBasemap';

/**
 * Tiles of the online basemap that may fail, with none loaded, before the atlas gives up on it. One
 * failure can be a blip; several in a row with nothing loaded means offline, blocked or down. A
 * blocked or offline request fails in milliseconds, so the bundled map is back well within a second
 * or two of the first frame.
 */
export const FAILED_TILES_BEFORE_FALLBACK = 3;

/** Whether a map event comes from the online basemap's source (MapLibre adds `sourceId` to it). */
export const isOnlineBasemapEvent = (event: object): boolean =>
  (event as { sourceId?: unknown }).sourceId === OSM_SOURCE_ID;

/**
 * Watches the opt-in online basemap: when its tiles keep failing and none has loaded, the choice is
 * reverted to the bundled basemap (which the layers panel and the link then show) and `onFallback`
 * tells the visitor. The count restarts each time the visitor picks the online map again, so they can
 * retry once back online. Returns a function that stops watching.
 */
export function watchOnlineBasemap(map: MapLibreMap, store: AppStore, onFallback: () => void): () => void {
  let failed = 0;
  let loaded = false;
  // The store's style sync rebuilds the style only once the first one has loaded (sync.ts), so a
  // fallback decided before then waits for it.
  let styleLoaded = false;
  let pending = false;
  const fallBack = () => {
    pending = false;
    store.update({ basemap: 'offline' });
    onFallback();
  };
  map.once('load', () => {
    styleLoaded = true;
    if (pending) fallBack();
  });
  const unsubscribe = store.select(
    (state) => state.basemap,
    (basemap) => {
      if (basemap !== 'osm') return;
      failed = 0;
      loaded = false;
    },
  );
  const onData = map.on('sourcedata', (event) => {
    if (event.sourceId === OSM_SOURCE_ID && event.tile) loaded = true;
  });
  const onError = map.on('error', (event) => {
    if (!isOnlineBasemapEvent(event) || loaded || pending || store.get().basemap !== 'osm') return;
    failed += 1;
    if (failed < FAILED_TILES_BEFORE_FALLBACK) return;
    if (styleLoaded) fallBack();
    else pending = true;
  });
  return () => {
    unsubscribe();
    onData.unsubscribe();
    onError.unsubscribe();
  };
}
