import './mapImage.css';
import type { ImageSize } from '../../export/frame';
import { downloadBlob } from '../../export/image';
import { element } from '../../shell/dom';
import { createScope, type Panel } from '../../shell/panel';
import { deckButton } from '../deck/index';
import { t } from './strings';
import { type StringKey } from '../../i18n/translate';

/** The size choices: slide presets and the map as it is on screen (in device pixels). */
export const IMAGE_SIZES = ['1920x1080', '3840x2160', 'current'] as const;
export type ImageSizeChoice = (typeof IMAGE_SIZES)[number];

/** The pixel size of a choice; `current` is the map element's size times the screen's pixel ratio. */
export function imageSizeOf(choice: string, mapSize: ImageSize, devicePixelRatio: number): ImageSize {
  const preset = /^(\d+)x(\d+)$/.exec(choice);
  if (preset) return { width: Number(preset[1]), height: Number(preset[2]) };
  return {
    width: Math.max(1, Math.round(mapSize.width * devicePixelRatio)),
    height: Math.max(1, Math.round(mapSize.height * devicePixelRatio)),
  };
}

/**
 * "Map image (PNG)" in the header: a size list and a button that downloads the current view drawn
 * again at that size, with its title, legend, scale bar and credits. The drawing code loads on the
 * first click. Progress and failures go to the status line; the button waits while an image is made.
 */
export const mapImagePanel: Panel = {
  id: 'map-image',
  slot: 'presenter-image',
  mount(slot, context) {
    const { store, status } = context;
    const scope = createScope();
    const select = element(
      'select',
      { 'data-export-size': '' },
      ...IMAGE_SIZES.map((value) => element('option', { value }, '')),
    );
    const button = element('button', { type: 'button', class: 'map-image-button', 'data-export-png': '' });
    // "PowerPoint (PPTX)": this view as one slide, drawn as this image is.
    const deck = deckButton(context, null);
    scope.add(deck.dispose);
    const group = element('div', { class: 'map-image', role: 'group' }, select, button, deck.button);
    slot.append(group);

    const render = () => {
      const { language } = store.get();
      const name = t(language, 'mapImage.name');
      // Both words are in the button; the style sheet shows the one the header has room for, so its
      // visible text (and so its accessible name) always says what it makes: "Image (PNG)", "图片 (PNG)".
      button.replaceChildren(
        element('span', { class: 'map-image-name' }, name),
        element('span', { class: 'map-image-short' }, t(language, 'mapImage.short')),
        ' (PNG)',
      );
      button.title = `${name} (PNG)`;
      select.setAttribute('aria-label', t(language, 'mapImage.size'));
      group.setAttribute('aria-label', name);
      for (const option of select.options)
        option.textContent = t(language, `mapImage.size.${option.value}` as StringKey);
    };
    render();
    scope.add(store.select((state) => state.language, render));

    let running = false;
    scope.listen(button, 'click', async () => {
      if (running) return;
      running = true;
      button.disabled = true;
      const mapElement = document.getElementById('map')!;
      const size = imageSizeOf(
        select.value,
        { width: mapElement.clientWidth, height: mapElement.clientHeight },
        window.devicePixelRatio || 1,
      );
      status.show('loading', t(store.get().language, 'mapImage.preparing', { ...size }));
      try {
        const { makeMapImage, imageFileName } = await import('./mapImageExport.lazy');
        const blob = await makeMapImage(context, size);
        downloadBlob(blob, imageFileName(size));
        status.clear('loading');
      } catch (error) {
        const language = store.get().language;
        status.show('warning', t(language, 'mapImage.failed'), {
          detail: error instanceof Error ? error.message : String(error),
          dismissLabel: t(language, 'mapImage.dismiss'),
        });
      } finally {
        running = false;
        button.disabled = false;
      }
    });

    return () => {
      scope.dispose();
      group.remove();
    };
  },
};
