import { zoneName } from '../../i18n/format';
import type { Language } from '../../state/vocabulary';
import { element } from '../../shell/dom';
import { createScope, type PanelContext, type Scope } from '../../shell/panel';
import { embedForm, type SelectedZone } from './shareEmbedForm';
import { previewFrame } from './sharePreview';
import {
  atlasBase,
  embedSize,
  embedSnippet,
  embedUrl,
  type EmbedOptions,
  type LinkCodec,
  type PixelSize,
} from './shareModel';
import { t } from './strings';

/** How long the options must rest before the preview loads the new link (each load is a whole atlas). */
const PREVIEW_DEBOUNCE_MS = 400;

/** The frame's title in the snippet, in the embedded atlas's language, naming the zone it opens on. */
export function embedFrameTitle(chosen: Pick<EmbedOptions, 'zone' | 'language'>, selected: SelectedZone): string {
  const zoneTitle = chosen.zone === 'current' && selected ? zoneName(selected, chosen.language) : null;
  return zoneTitle
    ? t(chosen.language, 'share.frameTitle.zone', { zone: zoneTitle })
    : t(chosen.language, 'share.frameTitle');
}

/**
 * The builder's output: the live preview and the snippet in a read-only textarea with a Copy button.
 * `show` writes a new snippet at once and loads its link in the preview once the options rest.
 */
function embedOutput(language: Language, copy: (field: HTMLTextAreaElement) => void, scope: Scope) {
  const preview = previewFrame(t(language, 'share.preview.title'));
  const code = element('textarea', {
    id: 'share-code',
    class: 'share-code',
    readonly: '',
    rows: '5',
    spellcheck: 'false',
  });
  const copyCode = element('button', { type: 'button', class: 'share-copy-code' }, t(language, 'share.code.copy'));
  scope.listen(copyCode, 'click', () => copy(code));
  let timer: ReturnType<typeof setTimeout> | undefined;
  scope.add(() => clearTimeout(timer), preview.dispose);
  return {
    element: element(
      'div',
      { class: 'share-output' },
      element('p', { class: 'share-label', id: 'share-preview-label' }, t(language, 'share.preview')),
      preview.box,
      element('label', { for: 'share-code', class: 'share-label' }, t(language, 'share.code')),
      code,
      element('p', { class: 'share-actions' }, copyCode),
    ),
    show(url: string, snippet: string, size: PixelSize | null, immediately: boolean) {
      code.value = snippet;
      code.dataset.url = url;
      preview.resize(size);
      clearTimeout(timer);
      if (immediately) preview.show(url);
      else timer = setTimeout(() => preview.show(url), PREVIEW_DEBOUNCE_MS);
    },
  };
}

/**
 * The embed-code builder: options, a live preview (an `<iframe>` of the embed link, same origin,
 * reloaded once the options rest) and the snippet in a read-only textarea with a Copy button. The
 * snippet is text from features/share/shareModel.ts; nothing here is parsed as HTML.
 */
export function embedSection(
  context: PanelContext,
  codec: LinkCodec,
  copy: (text: string, field: HTMLTextAreaElement) => void,
): { element: HTMLElement; opened(): void; dispose(): void } {
  const { store, zones } = context;
  const state = store.get();
  const scope = createScope();
  const selected = zones.features.find((zone) => zone.properties.id === state.selectedId)?.properties ?? null;
  const form = embedForm(state.language, state, selected);
  const output = embedOutput(state.language, (field) => copy(field.value, field), scope);

  const update = (immediately = false) => {
    const chosen = form.read();
    form.sync(chosen);
    const url = embedUrl(atlasBase(window.location.href), store.get(), chosen, codec);
    output.show(url, embedSnippet(url, embedFrameTitle(chosen, selected), chosen), embedSize(chosen), immediately);
  };
  scope.listen(form.element, 'input', () => update());
  scope.listen(form.element, 'change', () => update());

  const section = element(
    'section',
    { class: 'share-section', 'aria-labelledby': 'share-embed-heading' },
    element('h3', { id: 'share-embed-heading' }, t(state.language, 'share.embed.heading')),
    element('div', { class: 'share-embed' }, form.element, output.element),
  );
  return {
    element: section,
    // Sizes are measured once the dialog is on screen.
    opened: () => update(true),
    dispose: scope.dispose,
  };
}
