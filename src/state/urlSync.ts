import type { AppStore } from './appState';
import { LINKED_KEYS } from './fields';
import { mergeUrlState, urlStateOf } from './url';

/**
 * Keeps the address bar in step with the store, so a copied link restores the view. Uses replaceState
 * (the Back button should leave the atlas, not step through every pan) and waits until changes settle,
 * because browsers throttle rapid history updates. Returns a function that stops it.
 */
export function syncUrlWithStore(store: AppStore, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const query = mergeUrlState(window.location.search, urlStateOf(store.get()));
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  };
  const unsubscribe = store.select(
    (state) => LINKED_KEYS.map((key) => state[key]),
    () => {
      clearTimeout(timer);
      timer = setTimeout(write, delayMs);
    },
  );
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
