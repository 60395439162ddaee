import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ZoneCollection } from '../data/schema';
import type { ZoneMetrics } from '../geo/metrics';
import type { AppStore } from '../state/appState';

/** What the page exposes as `window.atlas` for the browser tests and for anyone debugging in the console. */
export interface DebugHandle {
  readonly map: MapLibreMap;
  readonly store: AppStore;
  readonly zones: ZoneCollection;
  readonly metrics: ReadonlyMap<string, ZoneMetrics>;
}

declare global {
  interface Window {
    /** Set once the map exists; read-only (frozen, and the property cannot be reassigned). */
    readonly atlas?: DebugHandle;
  }
}

/**
 * Sets `window.atlas`, frozen and non-writable, so a script on the page cannot swap the store or the
 * map for its own. It exposes nothing that is not already reachable in the page.
 */
export function exposeDebugHandle(handle: DebugHandle): void {
  Object.defineProperty(window, 'atlas', {
    value: Object.freeze({ ...handle }),
    writable: false,
    configurable: false,
    enumerable: false,
  });
}
