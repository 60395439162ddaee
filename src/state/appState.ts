import { createStore, type Store } from './store';

export type Language = 'en' | 'zh';

export interface AppState {
  /** The zone whose details are open, or null. */
  selectedId: string | null;
  /** The zone under the pointer (map, list or chart), or null. */
  hoveredId: string | null;
  language: Language;
}

export const initialAppState: AppState = {
  selectedId: null,
  hoveredId: null,
  language: 'en',
};

export type AppStore = Store<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>({ ...initialAppState, ...initial });
}
