import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createAppStore } from '../../src/state/appState';
import { FAILED_TILES_BEFORE_FALLBACK, FIRST_TILE_TIMEOUT_MS, watchOnlineBasemap } from '../../src/map/basemapFallback';
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
/** MapLibre's events as a tile of the online basemap starts loading, and once it has loaded. */
const tileRequested = { sourceId: OSM_SOURCE_ID, tile: {} };
const tileLoaded = { sourceId: OSM_SOURCE_ID, tile: {} };

describe('watchOnlineBasemap', () => {
  it('reverts to the bundled basemap after repeated failures with no tile loaded, once', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    const onFallback = vi.fn();
    watchOnlineBasemap(map, store, onFallback);
    fire('style.load');
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
    fire('style.load');
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
    fire('style.load');
    expect(store.get().basemap).toBe('offline');
    store.update({ basemap: 'osm' });
    fire('error', tileError);
    expect(store.get().basemap).toBe('osm');
    for (let i = 1; i < FAILED_TILES_BEFORE_FALLBACK; i++) fire('error', tileError);
    expect(store.get().basemap).toBe('offline');
    expect(onFallback).toHaveBeenCalledTimes(2);
  });
});

describe('watchOnlineBasemap, when the tiles hang', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('falls back once when no tile has loaded within the time limit of the first request', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    const onFallback = vi.fn();
    watchOnlineBasemap(map, store, onFallback);
    fire('style.load');
    // The clock starts with the first request, not with the opt-in: a slow first frame is not the server's.
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS * 3);
    expect(store.get().basemap).toBe('osm');
    fire('sourcedataloading', tileRequested);
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS / 2);
    fire('sourcedataloading', tileRequested);
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS / 2 - 1);
    expect(store.get().basemap).toBe('osm');
    vi.advanceTimersByTime(1);
    expect(store.get().basemap).toBe('offline');
    expect(onFallback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS * 2);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('keeps the online map when a tile arrives in time, and ignores other sources’ requests', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    const onFallback = vi.fn();
    watchOnlineBasemap(map, store, onFallback);
    fire('style.load');
    fire('sourcedataloading', { sourceId: 'basemap', tile: {} });
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS * 2);
    fire('sourcedataloading', tileRequested);
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS - 100);
    fire('sourcedata', tileLoaded);
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS * 2);
    expect(store.get().basemap).toBe('osm');
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('stops the clock when the visitor goes back to the bundled map, and restarts it on a new opt-in', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'offline' });
    const onFallback = vi.fn();
    watchOnlineBasemap(map, store, onFallback);
    fire('style.load');
    store.update({ basemap: 'osm' });
    fire('sourcedataloading', tileRequested);
    store.update({ basemap: 'offline' });
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS * 2);
    expect(onFallback).not.toHaveBeenCalled();
    store.update({ basemap: 'osm' });
    fire('sourcedataloading', tileRequested);
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS);
    expect(store.get().basemap).toBe('offline');
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('waits for the first style to load before switching, as after failed tiles', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    const onFallback = vi.fn();
    watchOnlineBasemap(map, store, onFallback);
    fire('sourcedataloading', tileRequested);
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS);
    expect(store.get().basemap).toBe('osm');
    fire('style.load');
    expect(store.get().basemap).toBe('offline');
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('stops watching when disposed', () => {
    const { map, fire } = fakeMap();
    const store = createAppStore({ basemap: 'osm' });
    const onFallback = vi.fn();
    const stop = watchOnlineBasemap(map, store, onFallback);
    fire('style.load');
    fire('sourcedataloading', tileRequested);
    stop();
    vi.advanceTimersByTime(FIRST_TILE_TIMEOUT_MS * 2);
    expect(onFallback).not.toHaveBeenCalled();
  });
});
