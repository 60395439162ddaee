import { t } from '../i18n/index';
import type { Language } from '../state/appState';
import type { Basemap } from '../state/layerGroups';

/**
 * The credits for what the map shows: the bundled basemap and the zones, and the online tiles when
 * chosen. They are not on the style's sources, because MapLibre treats a changed source attribution as
 * a new source: switching language would reload the basemap and drop the zones' hover and selection
 * state. The map view shows them in its attribution control instead (see CreditsControl in controls.ts).
 */
export function mapCredits(language: Language, basemap: Basemap): string[] {
  const shown =
    basemap === 'osm'
      ? (['credits.osmTiles', 'credits.basemap', 'credits.zones'] as const)
      : (['credits.basemap', 'credits.zones'] as const);
  return shown.map((key) => t(language, key));
}

/**
 * Below this map width (px) the credits fold into a button ("i"), opened on demand: written out on a
 * phone they took five lines over the map. MapLibre's own threshold is 640 px; a 600 px tablet in
 * portrait keeps them written out.
 */
export const COMPACT_CREDITS_BELOW = 600;
