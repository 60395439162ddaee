import type { AppState, AppStore } from './appState';
import { mergeUrlState, type UrlState } from './url';

const urlStateOf = (s: AppState): UrlState => ({
  view: s.view,
  selectedId: s.selectedId,
  visibleLayers: s.visibleLayers,
  language: s.language,
  theme: s.theme,
  basemap: s.basemap,
});

const URL_FIELDS = ['view', 'selectedId', 'visibleLayers', 'language', 'theme', 'basemap'] as const;

/**
 * Keeps the address bar in step with the store, so a copied link restores the view. Uses replaceState
 * (the Back button should leave the atlas, not step through every pan) and waits until changes settle,
 * because browsers throttle rapid history updates.
 */
export function syncUrlWithStore(store: AppStore, delayMs = 250): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const query = mergeUrlState(window.location.search, urlStateOf(store.get()));
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  };
  store.subscribe((state, previous) => {
    if (!URL_FIELDS.some((field) => state[field] !== previous[field])) return;
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  });
}
