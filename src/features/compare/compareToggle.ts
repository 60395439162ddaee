import type { AppStore } from '../../state/appState';
import { toggleCompared } from '../../state/compareSet';
import { MAX_COMPARED } from '../../state/compareSet';
import { element } from '../../shell/dom';
import { t } from '../../i18n/index';

/**
 * The "Add to compare" switch of a zone (in its details). Small on purpose: it is part of the first
 * chunk; the comparison itself loads later. `aria-pressed` says whether the zone is in the set.
 */
export function compareToggle(zoneId: string, store: AppStore): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'compare-toggle', 'data-zone-id': zoneId });
  button.addEventListener('click', () => toggleCompared(store, zoneId));
  updateCompareToggle(button, store);
  return button;
}

/** Brings the switch up to date with the compare set and language, keeping focus where it is. */
export function updateCompareToggle(button: HTMLButtonElement, store: AppStore): void {
  const { compare, language } = store.get();
  const inSet = compare.includes(button.dataset['zoneId'] ?? '');
  const full = !inSet && compare.length >= MAX_COMPARED;
  button.setAttribute('aria-pressed', String(inSet));
  button.disabled = full;
  button.textContent = full
    ? t(language, 'compare.full', { max: MAX_COMPARED })
    : t(language, inSet ? 'compare.inSet' : 'compare.add');
}
