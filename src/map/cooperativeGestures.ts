import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore, Language } from '../state/appState';

/**
 * The hint in both languages. Kept beside the map, not in i18n/ (whose tables all load with the first
 * chunk), because only the map chunk needs them, as with the credits in attribution.ts.
 */
const HINTS: Record<Language, Record<string, string>> = {
  en: {
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
  zh: {
    'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 并滚动鼠标滚轮以缩放地图',
    'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 并滚动以缩放地图',
    'CooperativeGesturesHandler.MobileHelpText': '用双指移动地图',
  },
};

/** MapLibre's cooperative-gesture hint in `language`, as the `locale` patch its Map takes. */
export const gestureLocale = (language: Language): Record<string, string> => ({ ...HINTS[language] });

/**
 * Cooperative gestures for an embedded map (a plain wheel scrolls the host page and shows the hint;
 * Ctrl/⌘ + wheel zooms; two fingers pan). Keeps the hint in the current language, and turns the
 * gestures off while the atlas fills the screen, when there is no host page to scroll. MapLibre reads
 * its locale table (`_locale`, public in its typings, with no setter) once, when it builds the hint, so
 * a change rebuilds the hint: `disable` removes it and `enable` builds it from the patched table.
 */
export function syncCooperativeGestures(map: MapLibreMap, store: AppStore): () => void {
  const apply = () => {
    const { language, fullScreen } = store.get();
    Object.assign(map._locale, gestureLocale(language));
    map.cooperativeGestures.disable();
    if (!fullScreen) map.cooperativeGestures.enable();
  };
  return store.select((state) => [state.language, state.fullScreen], apply);
}
