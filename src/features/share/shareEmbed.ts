import { zoneName } from '../../i18n/format';
import { THEME_PREFERENCES, type ThemePreference } from '../../state/themes';
import { EMBED_PARTS, LANGUAGES, type EmbedPart, type Language } from '../../state/vocabulary';
import { element } from '../../shell/dom';
import { createScope, type PanelContext } from '../../shell/panel';
import { sizeRow, previewFrame } from './sharePreview';
import {
  atlasBase,
  defaultEmbedOptions,
  initialTourStep,
  embedSize,
  embedSnippet,
  embedUrl,
  FIRST_TOUR_STEP,
  LAST_TOUR_STEP,
  readOrigins,
  type EmbedOptions,
  type LinkCodec,
} from './shareModel';
import { t } from './strings';
import { type StringKey } from '../../i18n/translate';

/** How long the options must rest before the preview loads the new link (each load is a whole atlas). */
const PREVIEW_DEBOUNCE_MS = 400;

const SHOW_LABELS: Record<EmbedPart, StringKey> = {
  details: 'share.show.details',
  bar: 'share.show.bar',
  controls: 'share.show.controls',
};

/** A group of radio buttons with a legend; returns the fieldset and a reader of the checked value. */
function radios<T extends string>(name: string, legend: string, choices: [T, string, boolean?][], checked: T) {
  const fieldset = element('fieldset', { class: 'share-choices' }, element('legend', {}, legend));
  for (const [value, label, disabled] of choices) {
    const id = `${name}-${value}`;
    const input = element('input', { type: 'radio', name, id, value });
    input.checked = value === checked;
    input.disabled = disabled === true;
    fieldset.append(element('span', { class: 'share-choice' }, input, element('label', { for: id }, label)));
  }
  const read = () => (fieldset.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? checked) as T;
  return { fieldset, read };
}

/** A labelled `<select>`. */
function select<T extends string>(id: string, label: string, choices: [T, string][], selected: T) {
  const control = element('select', { id });
  control.append(...choices.map(([value, text]) => element('option', { value }, text)));
  control.value = selected;
  const row = element('p', { class: 'share-field' }, element('label', { for: id }, label), control);
  return { row, read: () => control.value as T };
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
  const language = state.language;
  const scope = createScope();
  const initial = defaultEmbedOptions(state);
  const selected = zones.features.find((zone) => zone.properties.id === state.selectedId)?.properties ?? null;

  const size = sizeRow(language, initial);
  const view = radios(
    'share-view',
    t(language, 'share.view'),
    [
      ['current', t(language, 'share.view.current')],
      ['default', t(language, 'share.view.default')],
    ],
    initial.view,
  );
  const zone = radios(
    'share-zone',
    t(language, 'share.zone'),
    [
      [
        'current',
        selected
          ? t(language, 'share.zone.current', { name: zoneName(selected, language) })
          : t(language, 'share.zone.noneSelected'),
        selected === null,
      ],
      ['none', t(language, 'share.zone.none')],
    ],
    initial.zone,
  );
  const lang = select<Language>(
    'share-language',
    t(language, 'share.language'),
    LANGUAGES.map((code) => [code, t(language, `share.language.${code}`)]),
    initial.language,
  );
  const theme = select<ThemePreference>(
    'share-theme',
    t(language, 'share.theme'),
    THEME_PREFERENCES.map((value) => [value, t(language, `theme.${value}`)]),
    initial.theme,
  );
  const show = element('fieldset', { class: 'share-choices' }, element('legend', {}, t(language, 'share.show')));
  for (const part of EMBED_PARTS) {
    const id = `share-show-${part}`;
    const box = element('input', { type: 'checkbox', id, value: part, 'data-embed-part': part });
    box.checked = !initial.hidden.includes(part);
    show.append(
      element('span', { class: 'share-choice' }, box, element('label', { for: id }, t(language, SHOW_LABELS[part]))),
    );
  }
  const hidden = () =>
    EMBED_PARTS.filter((part) => !show.querySelector<HTMLInputElement>(`[data-embed-part="${part}"]`)!.checked);

  const origins = element('input', {
    type: 'text',
    id: 'share-origins',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    // A pattern, not a host: the visitor types their own slide site's origin.
    placeholder: 'https://…',
    'aria-describedby': 'share-origins-hint share-origins-rejected',
  });
  const rejected = element('span', { id: 'share-origins-rejected', class: 'share-warning' });
  const originsRow = element(
    'p',
    { class: 'share-field share-field-wide' },
    element('label', { for: 'share-origins' }, t(language, 'share.origins')),
    origins,
    element('span', { id: 'share-origins-hint', class: 'share-hint' }, t(language, 'share.origins.hint')),
    rejected,
  );

  const tour = element('input', { type: 'checkbox', id: 'share-tour' });
  const step = element('input', {
    type: 'number',
    id: 'share-step',
    min: String(FIRST_TOUR_STEP),
    max: String(LAST_TOUR_STEP),
    value: String(initialTourStep(state)),
    'aria-label': t(language, 'share.tourStep'),
  });
  step.disabled = true;
  const tourRow = element(
    'p',
    { class: 'share-field share-tour' },
    tour,
    element('label', { for: 'share-tour' }, t(language, 'share.tour')),
    step,
  );

  const options = element(
    'div',
    { class: 'share-options' },
    size.row,
    size.customRow,
    view.fieldset,
    zone.fieldset,
    lang.row,
    theme.row,
    show,
    originsRow,
    tourRow,
  );

  const preview = previewFrame(t(language, 'share.preview.title'));
  const code = element('textarea', {
    id: 'share-code',
    class: 'share-code',
    readonly: '',
    rows: '5',
    spellcheck: 'false',
  });
  const copyCode = element('button', { type: 'button', class: 'share-copy-code' }, t(language, 'share.code.copy'));
  scope.listen(copyCode, 'click', () => copy(code.value, code));
  const output = element(
    'div',
    { class: 'share-output' },
    element('p', { class: 'share-label', id: 'share-preview-label' }, t(language, 'share.preview')),
    preview.box,
    element('label', { for: 'share-code', class: 'share-label' }, t(language, 'share.code')),
    code,
    element('p', { class: 'share-actions' }, copyCode),
  );

  const read = (): EmbedOptions => {
    const typed = readOrigins(origins.value);
    rejected.textContent = typed.rejected.length
      ? t(language, 'share.origins.rejected', { list: typed.rejected.join(', ') })
      : '';
    return {
      size: size.read(),
      custom: size.readCustom(),
      view: view.read(),
      language: lang.read(),
      theme: theme.read(),
      zone: zone.read(),
      hidden: hidden(),
      origins: typed.origins,
      tourStep: tour.checked ? Number(step.value) || FIRST_TOUR_STEP : null,
    };
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (immediately = false) => {
    const chosen = read();
    step.disabled = !tour.checked;
    size.customRow.hidden = chosen.size !== 'custom';
    const url = embedUrl(atlasBase(window.location.href), store.get(), chosen, codec);
    const zoneTitle = chosen.zone === 'current' && selected ? zoneName(selected, chosen.language) : null;
    const title = zoneTitle
      ? t(chosen.language, 'share.frameTitle.zone', { zone: zoneTitle })
      : t(chosen.language, 'share.frameTitle');
    code.value = embedSnippet(url, title, chosen);
    code.dataset.url = url;
    preview.resize(embedSize(chosen));
    clearTimeout(timer);
    if (immediately) preview.show(url);
    else timer = setTimeout(() => preview.show(url), PREVIEW_DEBOUNCE_MS);
  };
  scope.listen(options, 'input', () => update());
  scope.listen(options, 'change', () => update());
  scope.add(() => clearTimeout(timer), preview.dispose);

  const section = element(
    'section',
    { class: 'share-section', 'aria-labelledby': 'share-embed-heading' },
    element('h3', { id: 'share-embed-heading' }, t(language, 'share.embed.heading')),
    element('div', { class: 'share-embed' }, options, output),
  );
  return {
    element: section,
    // Sizes are measured once the dialog is on screen.
    opened: () => update(true),
    dispose: scope.dispose,
  };
}
