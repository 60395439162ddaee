import './deck.css';
import type { TourScene } from '../../data/tourSchema';
import { element } from '../../shell/dom';
import type { Dispose, PanelContext } from '../../shell/panel';
import { t } from './strings';

/**
 * "PowerPoint (PPTX)" / "幻灯片 (PPTX)": with `scenes`, the whole tour as a deck (the tour's caption
 * shows it); without, the view on screen as one slide (the map image's group shows it). Its words
 * follow the language; the deck's code (and pptxgenjs) loads on the first click.
 */
export function deckButton(
  context: PanelContext,
  scenes: readonly TourScene[] | null,
): { button: HTMLButtonElement; dispose: Dispose } {
  const kind = scenes ? 'tour' : 'view';
  const button = element('button', { type: 'button', class: 'deck-button', 'data-export-deck': kind });
  const label = () => {
    const { language } = context.store.get();
    // The format is a span of its own: the tour's "Save as" group shows the name only (tour.css).
    const format = element('span', { class: 'deck-format' }, ' (PPTX)');
    button.replaceChildren(element('span', { class: 'deck-name' }, t(language, 'deck.name')), format);
    button.title = t(language, kind === 'tour' ? 'deck.tourTitle' : 'deck.viewTitle');
  };
  label();
  const onClick = () => {
    button.disabled = true;
    import('./deckExport.lazy')
      .then((module) => module.exportDeck(context, scenes))
      .catch((error: unknown) => {
        const { language } = context.store.get();
        context.status.show('warning', t(language, 'deck.failed'), {
          detail: error instanceof Error ? error.message : String(error),
          dismissLabel: t(language, 'deck.dismiss'),
        });
      })
      .finally(() => (button.disabled = false));
  };
  button.addEventListener('click', onClick);
  const unsubscribe = context.store.select((state) => state.language, label);
  return {
    button,
    dispose: () => {
      unsubscribe();
      button.removeEventListener('click', onClick);
      button.remove();
    },
  };
}
