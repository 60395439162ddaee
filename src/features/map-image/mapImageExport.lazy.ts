import { THEME_TOKENS } from '../../color/themes';
import { composeMapImage } from '../../export/compose';
import type { ImageSize } from '../../export/frame';
import { canvasToPng } from '../../export/image';
import { t, zoneName } from '../../i18n/index';
import { mapCredits } from '../../map/attribution';
import { resolveTheme } from '../../state/themes';
import { legendEntries } from '../../color/legend';
import type { PanelContext } from '../../shell/panel';

/** A credit as plain text: its links (`<a href="…">name</a>`, for MapLibre's control) become their names. */
export const plainCredit = (credit: string): string => credit.replace(/<a\b[^>]*>([^<]*)<\/a>/g, '$1');

/** The name of the file for an image of `size`. */
export const imageFileName = ({ width, height }: ImageSize): string => `beijing-ftz-atlas-${width}x${height}.png`;

/** Lets the page paint and answer input between the export's heavy steps. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The map image as a PNG: the map drawn again at `size`, then its title (and the selected zone), the
 * legend's colours, a scale bar and the map's credits drawn on it, in the current language and theme.
 * Loaded on the first click of the export button.
 */
export async function makeMapImage(context: PanelContext, size: ImageSize): Promise<Blob> {
  // Marks for the benchmark (scripts/bench): which step a long task belongs to.
  performance.mark('map-image:start');
  const map = await context.map.renderImage(size);
  performance.mark('map-image:rendered');
  await nextFrame();
  const state = context.store.get();
  const { language } = state;
  const selected = context.zones.features.find((feature) => feature.properties.id === state.selectedId);
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
    // The page's font for this language (its :lang(zh) rule puts the Chinese face first).
    getComputedStyle(document.documentElement).fontFamily,
  );
  performance.mark('map-image:composed');
  await nextFrame();
  const blob = await canvasToPng(canvas);
  performance.mark('map-image:encoded');
  return blob;
}
