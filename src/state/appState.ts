import { createStore, type Store } from './store';
import { initialAppState, type AppState } from './fields';
import { canonicalLayers, type LayerGroup } from './layerGroups';

export { initialAppState, LANGUAGES } from './fields';
export type { AppState, Camera, Language, PanelId } from './fields';

export type AppStore = Store<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>({ ...initialAppState, ...initial });
}

/** Shows or hides one layer group, keeping the list in its canonical order. */
export function setLayerVisible(store: AppStore, group: LayerGroup, visible: boolean): void {
  const current = store.get().visibleLayers;
  if (current.includes(group) === visible) return;
  const next = visible ? [...current, group] : current.filter((g) => g !== group);
  store.update({ visibleLayers: canonicalLayers(next) });
}
