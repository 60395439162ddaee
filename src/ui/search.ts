import type { ZoneCollection } from '../data/schema';
import { buildSearchIndex, searchZones, type SearchHit } from '../data/searchIndex';
import { langTag, t, zoneNames } from '../i18n';
import type { AppStore } from '../state/appState';
import { element } from './dom';

interface SearchOptions {
  container: HTMLElement;
  store: AppStore;
  zones: ZoneCollection;
}

/**
 * The search box: an ARIA 1.2 combobox with a listbox of suggestions. Finds zones by either name and
 * by aliases (CBD, Tianzhu, 亦庄…). Arrows move through the suggestions, Enter opens the highlighted
 * one (or the best one), Escape closes the list, then clears the box.
 */
export function mountSearch({ container, store, zones }: SearchOptions): void {
  const index = buildSearchIndex(zones);
  const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));

  const label = element('label', { for: 'search-input', class: 'visually-hidden' });
  const input = element('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-suggestions',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const listbox = element('ul', { id: 'search-suggestions', role: 'listbox', class: 'search-suggestions' });
  listbox.hidden = true;
  const status = element('div', { class: 'visually-hidden', 'aria-live': 'polite' });

  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = zoneNames(byId.get(hit.id)!, store.get().language)[0];
    close();
    store.update({ selectedId: hit.id });
  };

  const renderSuggestions = () => {
    const { language } = store.get();
    const query = input.value.trim();
    hits = searchZones(index, query);
    if (query === '') {
      close();
      status.textContent = '';
      return;
    }
    const options = hits.map((hit, i) => {
      const zone = byId.get(hit.id)!;
      const [name] = zoneNames(zone, language);
      const aliasNote = hit.source === 'name' ? '' : ` · ${t(language, 'search.matchedAlias', { alias: hit.matched })}`;
      const option = element(
        'li',
        { role: 'option', id: `search-option-${i}`, class: 'search-option', 'aria-selected': String(i === active) },
        element('span', { class: 'search-option-name', lang: langTag(language) }, name),
        element('span', { class: 'search-option-meta' }, `${t(language, `kind.${zone.kind}`)}${aliasNote}`),
      );
      // mousedown, not click: the input keeps focus, so the list does not close before the choice lands.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(hit);
      });
      return option;
    });
    listbox.replaceChildren(
      ...(options.length
        ? options
        : [element('li', { class: 'search-empty', role: 'presentation' }, t(language, 'search.noResults', { query }))]),
    );
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
    status.textContent = hits.length
      ? t(language, 'search.resultCount', { count: hits.length })
      : t(language, 'search.noResults', { query });
  };

  input.addEventListener('input', () => {
    active = -1;
    renderSuggestions();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = listbox.hidden && step === 1 ? 0 : (active + step + hits.length) % hits.length;
      renderSuggestions();
      listbox.querySelector(`#search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      // Handled here, so the page-wide Escape (which closes the details) only fires on an empty box.
      if (!listbox.hidden) close();
      else if (input.value !== '') input.value = '';
      else return;
      event.stopPropagation();
      event.preventDefault();
    }
  });
  input.addEventListener('blur', close);

  const renderLabels = () => {
    const { language } = store.get();
    label.textContent = t(language, 'search.label');
    input.placeholder = t(language, 'search.placeholder');
    if (!listbox.hidden) renderSuggestions();
  };
  store.subscribe((state, previous) => {
    if (state.language !== previous.language) renderLabels();
  });
  renderLabels();
  container.replaceChildren(label, input, listbox, status);
}
