import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createAppStore } from '../../src/state/appState';
import { FAILED_TILES_BEFORE_FALLBACK, watchOnlineBasemap } from '../../src/map/basemapFallback';
import { OSM_SOURCE_ID } from '../../src/map/onlineBasemap';

/** Just enough of a MapLibre map: `on`/`once` listeners that the test fires by hand. */
function fakeMap() {
  const listeners = new Map<string, ((event: object) => void)[]>();
  const add = (type: string, listener: (event: object) => void) => {
    listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    return {
      unsubscribe: () =>
        listeners.set(
          type,
          listeners.get(type)!.filter((l) => l !== listener),
        ),
    };
  };
  const map = { on: add, once: add } as unknown as MapLibreMap;
  const fire = (type: string, event: object = {}) => listeners.get(type)?.forEach((listener) => listener(event));
  return { map, fire };
}

const tileError = { sourceId: OSM_SOURCE_ID, error: new Error('Failed to fetch') };

describe('watchOnlineBasemap', () => {
  it('reverts to the bundled basemap after repeated failures with no tile loaded, once', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    const onFallback = vi.fn();
    watchOnlineBasemap(map, store, onFallback);
    fire('load');
    for (let i = 1; i < FAILED_TILES_BEFORE_FALLBACK; i++) fire('error', tileError);
    expect(store.get().basemap).toBe('osm');
    fire('error', tileError);
    fire('error', tileError);
    expect(store.get().basemap).toBe('offline');
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('keeps the online basemap when some tiles load, and ignores other sources’ errors', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    watchOnlineBasemap(map, store, () => {});
    fire('load');
    fire('sourcedata', { sourceId: OSM_SOURCE_ID, tile: {} });
    for (let i = 0; i < 10; i++) fire('error', tileError);
    for (let i = 0; i < 10; i++) fire('error', { sourceId: 'basemap', error: new Error('x') });
    expect(store.get().basemap).toBe('osm');
  });

  it('waits for the first style to load before switching, and counts again after a new opt-in', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    const onFallback = vi.fn();
    watchOnlineBasemap(map, store, onFallback);
    for (let i = 0; i < FAILED_TILES_BEFORE_FALLBACK; i++) fire('error', tileError);
    expect(store.get().basemap).toBe('osm');
    fire('load');
    expect(store.get().basemap).toBe('offline');
    store.update({ basemap: 'osm' });
    fire('error', tileError);
    expect(store.get().basemap).toBe('osm');
    for (let i = 1; i < FAILED_TILES_BEFORE_FALLBACK; i++) fire('error', tileError);
    expect(store.get().basemap).toBe('offline');
    expect(onFallback).toHaveBeenCalledTimes(2);
  });
});
