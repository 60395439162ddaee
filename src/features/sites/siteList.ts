import { DATUMS, type Datum, type UserFeature } from '../../import/types';
import { IMPORT_FORMATS } from '../../import/formats';
import type { AppStore, Language } from '../../state/appState';
import { userCompareToggle } from './siteCompareToggle';
import { element } from '../../shell/dom';
import { formatNumber } from '../../i18n/format';
import { datumLabel } from './siteDetails';
import { LIST_PAGE, listView } from './sitesModel';
import { t } from './strings';

/**
 * The DOM of "Your features": the import controls (a real file input behind a button, the
 * coordinate-system choice with why it matters) and the list of imported features, each with details,
 * compare and remove, and "Remove all" with an inline confirmation. Names are text, never HTML.
 */

/** Every extension of every format the pipeline reads (src/import/formats/index.ts), in the list's order. */
export const IMPORT_ACCEPT = IMPORT_FORMATS.flatMap((format) => format.extensions).join(',');

export interface ImportControls {
  root: HTMLElement;
  input: HTMLInputElement;
  button: HTMLButtonElement;
  datum: HTMLSelectElement;
  list: HTMLElement;
}

export function importControls(language: Language, datum: Datum): ImportControls {
  const input = element('input', {
    type: 'file',
    accept: IMPORT_ACCEPT,
    'data-import': '',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-hidden': 'true',
  });
  const button = element('button', { type: 'button', class: 'user-import', 'data-import-button': '' });
  button.addEventListener('click', () => input.click());
  const select = element(
    'select',
    { id: 'user-datum', 'data-datum': '', 'aria-describedby': 'user-datum-why' },
    ...DATUMS.map((value) => element('option', { value }, datumLabel(language, value))),
  );
  select.value = datum;
  const list = element('div', { class: 'user-list' });
  const root = element(
    'section',
    { class: 'user-features', 'aria-labelledby': 'user-features-heading', 'data-user-features': '' },
    element('h2', { id: 'user-features-heading', class: 'panel-heading' }, t(language, 'user.heading')),
    element('p', { class: 'user-intro' }, t(language, 'user.intro')),
    element(
      'p',
      { class: 'user-datum' },
      element('label', { for: 'user-datum' }, t(language, 'user.datum')),
      ' ',
      select,
    ),
    element('p', { id: 'user-datum-why', class: 'user-hint' }, t(language, 'user.datumWhy')),
    element('p', { class: 'user-actions' }, button, input),
    list,
  );
  return { root, input, button, datum: select, list };
}

export interface ListActions {
  select(id: string): void;
  remove(id: string): void;
  removeAll(): void;
  /** Shows the next page of rows, after a "Show more" press. */
  showMore(): void;
}

/** Rows drawn at once, and per "Show more" (why: sitesModel.ts). */
export { LIST_PAGE };

/** The list of imported features, or a line saying there are none. */
export function featureList(
  features: readonly UserFeature[],
  language: Language,
  store: AppStore,
  actions: ListActions,
  confirming: { value: boolean; set(value: boolean): void },
  shown = LIST_PAGE,
): HTMLElement[] {
  const view = listView(features, shown, confirming.value);
  if (!view) return [element('p', { class: 'user-hint' }, t(language, 'user.empty'))];
  const items = view.rows.map((feature) => featureRow(feature, language, store, actions));
  const removeAll = element('button', { type: 'button', class: 'user-remove-all' }, t(language, 'user.removeAll'));
  removeAll.addEventListener('click', () => confirming.set(true));
  const footer = view.confirmingRemoveAll
    ? confirmRemoveAll(view.count, language, actions, () => confirming.set(false))
    : element('p', { class: 'user-list-footer' }, removeAll);
  const list = element('ul', { class: 'user-items', 'aria-label': t(language, 'user.listLabel') }, ...items);
  return view.more ? [list, more(view.count, view.more, language, actions), footer] : [list, footer];
}

/** One row: the name (opens the details), the compare switch and Remove. */
function featureRow(feature: UserFeature, language: Language, store: AppStore, actions: ListActions): HTMLElement {
  const name = element(
    'button',
    { type: 'button', class: 'user-name', title: t(language, 'user.show', { name: feature.name }) },
    element('span', { class: 'swatch user-swatch', 'aria-hidden': 'true' }),
    feature.name,
  );
  name.addEventListener('click', () => actions.select(feature.id));
  const remove = element(
    'button',
    { type: 'button', class: 'user-remove', 'aria-label': t(language, 'user.removeLabel', { name: feature.name }) },
    t(language, 'user.remove'),
  );
  remove.addEventListener('click', () => actions.remove(feature.id));
  return element(
    'li',
    { class: 'user-item', 'data-user-feature-id': feature.id },
    name,
    element('span', { class: 'user-item-actions' }, userCompareToggle(feature.id, store), remove),
  );
}

/** "Showing 100 of 10,000" and the button that shows the next page. */
function more(
  count: number,
  page: { shown: number; next: number },
  language: Language,
  actions: ListActions,
): HTMLElement {
  const format = (n: number) => formatNumber(language, n, 0);
  const button = element(
    'button',
    { type: 'button', class: 'user-show-more', 'data-show-more': '' },
    t(language, 'user.showMore', { more: format(page.next) }),
  );
  button.addEventListener('click', actions.showMore);
  return element(
    'p',
    { class: 'user-list-footer user-list-more' },
    element('span', {}, t(language, 'user.shownOf', { shown: format(page.shown), count: format(count) })),
    button,
  );
}

/** "Remove all N?" with the destructive button and Cancel; focus goes to Cancel, the safe choice. */
function confirmRemoveAll(count: number, language: Language, actions: ListActions, cancel: () => void): HTMLElement {
  const yes = element(
    'button',
    { type: 'button', class: 'user-remove-all', 'data-confirm': '' },
    t(language, 'user.removeAll'),
  );
  yes.addEventListener('click', actions.removeAll);
  const no = element('button', { type: 'button', class: 'user-cancel', 'data-cancel': '' }, t(language, 'user.cancel'));
  no.addEventListener('click', cancel);
  return element(
    'p',
    { class: 'user-list-footer user-confirm', role: 'group' },
    element('span', {}, t(language, 'user.removeAllConfirm', { count })),
    yes,
    no,
  );
}
