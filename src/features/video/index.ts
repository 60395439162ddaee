import type { TourScene } from '../../data/tourSchema';
import { element } from '../../shell/dom';
import type { PanelContext } from '../../shell/panel';
import { t } from './strings';

/**
 * The tour as a video (MP4): the button the tour shows beside its controls, or null in an embedded
 * atlas (its host page is the presentation). Its dialog and the video's making (the hidden map's
 * frames, the encoder, mediabunny) load on the first click.
 */
export function videoButton(context: PanelContext, scenes: readonly TourScene[]): HTMLButtonElement | null {
  const { language, embed } = context.store.get();
  if (embed) return null;
  const button = element(
    'button',
    { type: 'button', class: 'video-button', 'data-video-open': '', title: t(language, 'video.buttonTitle') },
    t(language, 'video.button'),
  );
  button.addEventListener('click', () => {
    void import('./videoDialog.lazy').then((module) => module.openVideoDialog(context, scenes));
  });
  return button;
}
