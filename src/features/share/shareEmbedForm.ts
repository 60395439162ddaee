import type { ZoneFeature } from '../../data/schema';
import { zoneName } from '../../i18n/format';
import { THEME_PREFERENCES, type ThemePreference } from '../../state/themes';
import type { UrlState } from '../../state/url';
import { EMBED_PARTS, LANGUAGES, type EmbedPart, type Language } from '../../state/vocabulary';
import { element } from '../../shell/dom';
import { sizeRow } from './sharePreview';
import {
  defaultEmbedOptions,
  FIRST_TOUR_STEP,
  initialTourStep,
  LAST_TOUR_STEP,
  readOrigins,
  readTourStep,
  type EmbedOptions,
} from './shareModel';
import { t } from './strings';
import { type StringKey } from '../../i18n/translate';

/** The zone on screen when the dialog opened, if any. */
export type SelectedZone = ZoneFeature['properties'] | null;

/** What the dialog opens with: the link state on screen. */
export type OpeningState = Pick<UrlState, 'language' | 'theme' | 'selectedId' | 'tourStep'>;

/** The embed-code builder's options, as fields; `read` gives them as the model's EmbedOptions. */
export interface EmbedForm {
  element: HTMLElement;
  /** The options chosen now; says beside the origins field which typed entries were left out. */
  read(): EmbedOptions;
  /** Shows the fields that depend on others as `chosen` has them: the tour step, the custom size. */
  sync(chosen: EmbedOptions): void;
}

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

/** The view: the one on screen or the atlas's opening view. */
const viewChoice = (language: Language, initial: EmbedOptions) =>
  radios(
    'share-view',
    t(language, 'share.view'),
    [
      ['current', t(language, 'share.view.current')],
      ['default', t(language, 'share.view.default')],
    ],
    initial.view,
  );

/** The zone: the one selected (named; disabled when there is none) or none. */
const zoneChoice = (language: Language, initial: EmbedOptions, selected: SelectedZone) =>
  radios(
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

/** "Show": a box per part of the embedded atlas; `read` gives the parts left out. */
function shownParts(language: Language, initial: EmbedOptions) {
  const fieldset = element('fieldset', { class: 'share-choices' }, element('legend', {}, t(language, 'share.show')));
  for (const part of EMBED_PARTS) {
    const id = `share-show-${part}`;
    const box = element('input', { type: 'checkbox', id, value: part, 'data-embed-part': part });
    box.checked = !initial.hidden.includes(part);
    fieldset.append(
      element('span', { class: 'share-choice' }, box, element('label', { for: id }, t(language, SHOW_LABELS[part]))),
    );
  }
  const read = () =>
    EMBED_PARTS.filter((part) => !fieldset.querySelector<HTMLInputElement>(`[data-embed-part="${part}"]`)!.checked);
  return { fieldset, read };
}

/** The host pages that may control the atlas; `read` also says which typed entries were left out. */
function originsField(language: Language) {
  const input = element('input', {
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
  const row = element(
    'p',
    { class: 'share-field share-field-wide' },
    element('label', { for: 'share-origins' }, t(language, 'share.origins')),
    input,
    element('span', { id: 'share-origins-hint', class: 'share-hint' }, t(language, 'share.origins.hint')),
    rejected,
  );
  const read = (): readonly string[] => {
    const typed = readOrigins(input.value);
    rejected.textContent = typed.rejected.length
      ? t(language, 'share.origins.rejected', { list: typed.rejected.join(', ') })
      : '';
    return typed.origins;
  };
  return { row, read };
}

/** "Start the tour at step N": the step field is enabled only while the box is ticked. */
function tourField(language: Language, initialStep: number) {
  const tour = element('input', { type: 'checkbox', id: 'share-tour' });
  const step = element('input', {
    type: 'number',
    id: 'share-step',
    min: String(FIRST_TOUR_STEP),
    max: String(LAST_TOUR_STEP),
    value: String(initialStep),
    'aria-label': t(language, 'share.tourStep'),
  });
  step.disabled = true;
  const row = element(
    'p',
    { class: 'share-field share-tour' },
    tour,
    element('label', { for: 'share-tour' }, t(language, 'share.tour')),
    step,
  );
  return {
    row,
    read: () => readTourStep(tour.checked, step.value),
    sync: () => (step.disabled = !tour.checked),
  };
}

/** The options of the embed-code builder, starting from what is on screen (`defaultEmbedOptions`). */
export function embedForm(language: Language, state: OpeningState, selected: SelectedZone): EmbedForm {
  const initial = defaultEmbedOptions(state);
  const size = sizeRow(language, initial);
  const view = viewChoice(language, initial);
  const zone = zoneChoice(language, initial, selected);
  const languages: [Language, string][] = LANGUAGES.map((code) => [code, t(language, `share.language.${code}`)]);
  const lang = select<Language>('share-language', t(language, 'share.language'), languages, initial.language);
  const themes: [ThemePreference, string][] = THEME_PREFERENCES.map((value) => [value, t(language, `theme.${value}`)]);
  const theme = select<ThemePreference>('share-theme', t(language, 'share.theme'), themes, initial.theme);
  const shown = shownParts(language, initial);
  const origins = originsField(language);
  const tour = tourField(language, initialTourStep(state));
  const rows = [size.row, size.customRow, view.fieldset, zone.fieldset, lang.row, theme.row, shown.fieldset];
  return {
    element: element('div', { class: 'share-options' }, ...rows, origins.row, tour.row),
    read() {
      const allowed = origins.read();
      return {
        size: size.read(),
        custom: size.readCustom(),
        view: view.read(),
        language: lang.read(),
        theme: theme.read(),
        zone: zone.read(),
        hidden: shown.read(),
        origins: allowed,
        tourStep: tour.read(),
      };
    },
    sync(chosen) {
      tour.sync();
      size.customRow.hidden = chosen.size !== 'custom';
    },
  };
}
