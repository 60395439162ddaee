import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from './state/appState';
import type { ZoneCollection } from './data/schema';
import type { ZoneMetrics } from './geo/metrics';

declare global {
  interface Window {
    /** Set once the map exists: a read-only handle for tests and console debugging. */
    atlas?: {
      map: MapLibreMap;
      store: AppStore;
      zones: ZoneCollection;
      metrics: ReadonlyMap<string, ZoneMetrics>;
    };
  }
}
