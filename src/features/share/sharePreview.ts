import type { Language } from '../../state/vocabulary';
import { element } from '../../shell/dom';
import {
  CUSTOM_SIZE_LIMITS,
  embedSize,
  SIZE_CHOICES,
  type EmbedOptions,
  type PixelSize,
  type SizeChoice,
} from './shareModel';
import { t } from './strings';

/** The size choice of the embed-code builder, and the width and height fields shown for a custom size. */
export function sizeRow(language: Language, initial: Pick<EmbedOptions, 'size' | 'custom'>) {
  const control = element('select', { id: 'share-size' });
  const label = (choice: SizeChoice) => {
    if (choice === 'responsive') return t(language, 'share.size.responsive');
    if (choice === 'custom') return t(language, 'share.size.custom');
    return t(language, 'share.size.pixels', { ...embedSize({ size: choice, custom: initial.custom })! });
  };
  control.append(...SIZE_CHOICES.map((choice) => element('option', { value: choice }, label(choice))));
  control.value = initial.size;
  const number = (id: string, value: number, [min, max]: readonly [number, number]) =>
    element('input', { type: 'number', id, min: String(min), max: String(max), step: '10', value: String(value) });
  const width = number('share-width', initial.custom.width, CUSTOM_SIZE_LIMITS.width);
  const height = number('share-height', initial.custom.height, CUSTOM_SIZE_LIMITS.height);
  const customRow = element(
    'p',
    { class: 'share-field share-custom-size' },
    element('label', { for: 'share-width' }, t(language, 'share.width')),
    width,
    element('label', { for: 'share-height' }, t(language, 'share.height')),
    height,
  );
  customRow.hidden = initial.size !== 'custom';
  return {
    row: element(
      'p',
      { class: 'share-field' },
      element('label', { for: 'share-size' }, t(language, 'share.size')),
      control,
    ),
    customRow,
    read: () => control.value as SizeChoice,
    readCustom: (): PixelSize => ({ width: Number(width.value), height: Number(height.value) }),
  };
}

/**
 * The live preview: the embed link in a same-origin `<iframe>`, drawn at the snippet's size and scaled
 * down to fit the dialog, so what a presenter sees is what the slide will show. A responsive snippet
 * is previewed at the dialog's width, 16:9.
 */
export function previewFrame(title: string) {
  // Out of the Tab order: a picture of the slide, not a second atlas to Tab through inside the dialog
  // (its stops showed no focus ring either); a pointer can still try it, and the snippet is what counts.
  const frame = element('iframe', { title, class: 'share-preview-frame', tabindex: '-1' });
  const box = element('div', { class: 'share-preview' }, frame);
  let size: PixelSize | null = null;
  let shown = '';

  const layout = () => {
    const available = box.clientWidth;
    if (available === 0) return;
    const drawn = size ?? { width: available, height: Math.round((available * 9) / 16) };
    const scale = Math.min(1, available / drawn.width);
    frame.style.width = `${drawn.width}px`;
    frame.style.height = `${drawn.height}px`;
    frame.style.transform = scale < 1 ? `scale(${scale})` : '';
    box.style.height = `${Math.ceil(drawn.height * scale)}px`;
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(layout) : null;
  observer?.observe(box);
  return {
    box,
    frame,
    /** Draws the preview at `next` pixels (null: responsive). */
    resize(next: PixelSize | null) {
      size = next;
      layout();
    },
    /** Loads `url`, unless it is already shown (a reload would start the whole atlas again). */
    show(url: string) {
      if (url === shown) return;
      shown = url;
      frame.src = url;
    },
    dispose: () => observer?.disconnect(),
  };
}
