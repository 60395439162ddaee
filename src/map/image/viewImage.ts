import { legendEntries } from '../../color/legend';
import { THEME_TOKENS } from '../../color/themes';
import type { ZoneCollection } from '../../data/schema';
import { composeMapImage } from '../../export/compose';
import type { MapImage } from '../../export/frame';
import { t, zoneName } from '../../i18n/index';
import type { AppState } from '../../state/appState';
import { resolveTheme } from '../../state/themes';
import { mapCredits } from '../attribution';

/** A credit as plain text: its links (`<a href="…">name</a>`, for MapLibre's control) become their names. */
export const plainCredit = (credit: string): string => credit.replace(/<a\b[^>]*>([^<]*)<\/a>/g, '$1');

/**
 * The image's frame drawn on a rendered `map` (export/compose.ts): the atlas's title and the zone
 * `selectedId`, the legend's colours, a scale bar and the map's credits, in the state's language and
 * theme. One function for the map image's PNG and the deck's slides, so the two always agree.
 */
export function composeViewImage(
  map: MapImage,
  zones: ZoneCollection,
  state: Pick<AppState, 'language' | 'theme' | 'systemTheme' | 'basemap'>,
  selectedId: string | null,
): HTMLCanvasElement {
  const { language } = state;
  const selected = zones.features.find((feature) => feature.properties.id === selectedId);
  const page = THEME_TOKENS[resolveTheme(state.theme, state.systemTheme)].page;
  return composeMapImage(
    map,
    {
      title: t(language, 'app.title'),
      subtitle: selected ? zoneName(selected.properties, language) : null,
      legendTitle: t(language, 'legend.title'),
      legend: legendEntries(zones, language),
      credits: mapCredits(language, state.basemap).map(plainCredit),
    },
    { panel: page['panel-overlay'], fg: page.fg, muted: page.muted, border: page.border },
    // The page's font for this language (its :lang(zh) rule puts the Chinese face first).
    getComputedStyle(document.documentElement).fontFamily,
  );
}
