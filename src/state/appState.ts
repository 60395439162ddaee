import { createStore, type Store } from './store';

export type Language = 'en' | 'zh';

/**
 * A one-off request to move the map, e.g. from a timeline event: fit the outlines of some zones, or
 * fly to a point. The map view performs each new request object once; `padding` (px) keeps the
 * target clear of panels that cover part of the map.
 */
export type FlyToRequest = ({ zoneIds: string[] } | { center: [number, number]; zoom: number }) & {
  padding?: { top: number; right: number; bottom: number; left: number };
};

export interface AppState {
  /** The zone whose details are open, or null. */
  selectedId: string | null;
  /** The zone under the pointer (map, list or chart), or null. */
  hoveredId: string | null;
  language: Language;
  /** The latest request to move the map, or null. */
  flyTo: FlyToRequest | null;
}

export const initialAppState: AppState = {
  selectedId: null,
  hoveredId: null,
  language: 'en',
  flyTo: null,
};

export type AppStore = Store<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>({ ...initialAppState, ...initial });
}
