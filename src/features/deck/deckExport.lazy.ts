import type { TourScene } from '../../data/tourSchema';
import { downloadBlob } from '../../export/image';
import { zoneName } from '../../i18n/index';
import type { PanelContext } from '../../shell/panel';
import type { Language } from '../../state/vocabulary';
import { tourDeck, viewDeck, type Deck, type ViewText } from './deckModel';
import { slideImage } from './slideImage';
import { t } from './strings';

/**
 * Makes a deck and downloads it: each slide's map drawn off screen in turn (the page gets a turn between
 * scenes, so it stays responsive), then the file written by pptxgenjs (its own chunk, loaded last).
 * Progress ("scene n of 8") and Cancel are on the status notice. One deck at a time.
 */

/** Lets the page paint and answer input between scenes. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What the view on screen is about: the selected zone (its description and sources), or the atlas. */
export function viewText(context: PanelContext, language: Language): ViewText {
  const { selectedId } = context.store.get();
  const zone = context.zones.features.find((feature) => feature.properties.id === selectedId)?.properties;
  if (!zone) return { title: t(language, 'app.title'), caption: t(language, 'app.subtitle'), sources: [] };
  const caption = language === 'zh' ? zone.description_zh : zone.description_en;
  return { title: zoneName(zone, language), caption, sources: zone.sources };
}

/** The deck for `scenes` (the whole tour), or for the view on screen when there are none. */
function deckFor(context: PanelContext, scenes: readonly TourScene[] | null, language: Language): Deck {
  const href = window.location.href;
  if (!scenes) return viewDeck(viewText(context, language), language, href);
  const zoneIds = new Set(context.zones.features.map((zone) => zone.properties.id));
  return tourDeck(scenes, language, href, zoneIds);
}

/** The deck as a file; `progress` hears each scene as it starts. Rejects with the signal's reason once aborted. */
export async function makeDeck(
  context: PanelContext,
  scenes: readonly TourScene[] | null,
  signal: AbortSignal,
  progress: (step: number, count: number) => void,
): Promise<{ blob: Blob; fileName: string }> {
  performance.mark('deck:start');
  const deck = deckFor(context, scenes, context.store.get().language);
  const images: string[] = [];
  for (const slide of deck.slides) {
    signal.throwIfAborted();
    progress(slide.step, deck.slides.length);
    images.push(await slideImage(context, slide.view));
    await yieldToPage();
  }
  signal.throwIfAborted();
  performance.mark('deck:images');
  const { writeDeck } = await import('./pptxWriter.lazy');
  const blob = await writeDeck(deck, images);
  signal.throwIfAborted();
  performance.mark('deck:written');
  return { blob, fileName: deck.fileName };
}

let running: AbortController | null = null;

/** Makes the deck with its progress and Cancel on the status notice, then downloads it. */
export async function exportDeck(context: PanelContext, scenes: readonly TourScene[] | null): Promise<void> {
  if (running) return;
  const controller = new AbortController();
  running = controller;
  const { status, store } = context;
  const language = store.get().language;
  const cancel = { label: t(language, 'deck.cancel'), run: () => controller.abort() };
  status.show('loading', t(language, 'deck.preparing'), { action: cancel });
  try {
    const { blob, fileName } = await makeDeck(context, scenes, controller.signal, (step, count) => {
      if (scenes) status.show('loading', t(language, 'deck.progress', { step, count }), { action: cancel });
    });
    downloadBlob(blob, fileName);
    status.clear('loading');
  } catch (error) {
    const dismissLabel = t(language, 'deck.dismiss');
    if (controller.signal.aborted) status.show('info', t(language, 'deck.cancelled'), { dismissLabel });
    else
      status.show('warning', t(language, 'deck.failed'), {
        detail: error instanceof Error ? error.message : String(error),
        dismissLabel,
      });
  } finally {
    running = null;
  }
}
