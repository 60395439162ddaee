import { legendEntries } from '../../color/legend';
import { THEME_TOKENS } from '../../color/themes';
import { composeMapImage } from '../../export/compose';
import { canvasToPng } from '../../export/image';
import { t, zoneName } from '../../i18n/index';
import { mapCredits } from '../../map/attribution';
import type { ImageView } from '../../map/types';
import type { PanelContext } from '../../shell/panel';
import { resolveTheme } from '../../state/themes';
import { SLIDE_IMAGE } from './deckModel';

/** A credit as plain text: its links (`<a href="…">name</a>`, for MapLibre's control) become their names. */
const plainCredit = (credit: string): string => credit.replace(/<a\b[^>]*>([^<]*)<\/a>/g, '$1');

/** A blob as a data: URL (base64), the form pptxgenjs takes images in. */
export function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A slide's map as a PNG data: URL at 1920 × 1080, drawn as the map image export draws it (map-image's
 * mapImageExport.lazy.ts): the map (the view on screen, or `view`), the atlas's title and the selected
 * zone, the legend, a scale bar and the credits, in the current language and theme.
 */
export async function slideImage(context: PanelContext, view: ImageView | null): Promise<string> {
  const map = await context.map.renderImage(SLIDE_IMAGE, view ?? undefined);
  const state = context.store.get();
  const { language } = state;
  const selectedId = view ? view.selectedId : state.selectedId;
  const selected = context.zones.features.find((feature) => feature.properties.id === selectedId);
  const page = THEME_TOKENS[resolveTheme(state.theme, state.systemTheme)].page;
  const canvas = composeMapImage(
    map,
    {
      title: t(language, 'app.title'),
      subtitle: selected ? zoneName(selected.properties, language) : null,
      legendTitle: t(language, 'legend.title'),
      legend: legendEntries(context.zones, language),
      credits: mapCredits(language, state.basemap).map(plainCredit),
    },
    { panel: page['panel-overlay'], fg: page.fg, muted: page.muted, border: page.border },
    getComputedStyle(document.documentElement).fontFamily,
  );
  return dataUrlOf(await canvasToPng(canvas));
}
