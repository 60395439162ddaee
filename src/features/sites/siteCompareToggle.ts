import { t } from '../../i18n/index';
import type { AppStore } from '../../state/appState';
import { MAX_COMPARED, toggleCompared } from '../../state/compareSet';
import { element } from '../../shell/dom';

/**
 * "Add to compare" for an imported feature: the zones' switch (compareToggle.ts), in the import
 * panel's own chunk. Importing compareToggle.ts from this lazy chunk made the bundler copy it here and
 * move i18n, dom and compareSet out of the first chunk into shared chunks: +0.9 KB gzip on the first load.
 */
export function userCompareToggle(id: string, store: AppStore): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'compare-toggle', 'data-compare-id': id });
  button.addEventListener('click', () => toggleCompared(store, id));
  updateUserCompareToggle(button, store);
  return button;
}

export function updateUserCompareToggle(button: HTMLButtonElement, store: AppStore): void {
  const { compare, language } = store.get();
  const inSet = compare.includes(button.dataset['compareId'] ?? '');
  const full = !inSet && compare.length >= MAX_COMPARED;
  button.setAttribute('aria-pressed', String(inSet));
  button.disabled = full;
  button.textContent = full
    ? t(language, 'compare.full', { max: MAX_COMPARED })
    : t(language, inSet ? 'compare.inSet' : 'compare.add');
}
