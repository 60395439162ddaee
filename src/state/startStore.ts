import { createAppStore, type AppStore } from './appState';
import type { SystemTheme } from './themes';
import { decodeUrlState } from './url';

/** What the page's start reads from the browser (main.ts): the link and two settings. */
export interface StartLink {
  /** The link's query (`location.search`). */
  search: string;
  /** The browser's language, for a link that says none. */
  browserLanguage: 'en' | 'zh';
  systemTheme: SystemTheme;
}

let store: AppStore | null = null;

/**
 * The page's one store, made from the link on the first call; later calls return it. MapLibre's map
 * (map/view.ts) and the app (app.ts) start side by side and either may come first: both ask here.
 */
export function startStore({ search, browserLanguage, systemTheme }: StartLink): AppStore {
  store ??= createAppStore({
    ...decodeUrlState(search, { defaults: { language: browserLanguage } }),
    systemTheme,
  });
  return store;
}
