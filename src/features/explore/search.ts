import type { ZoneProperties } from '../../data/schema';
import { buildSearchIndex, searchZones, withNamedEntries, type SearchHit } from '../../data/searchIndex';
import { langTag, zoneName } from '../../i18n/index';
import type { Language } from '../../state/appState';
import { toggleCompared } from '../../state/compareSet';
import { element } from '../../shell/dom';
import { createScope, type Panel } from '../../shell/panel';
import { t } from './strings';

const optionId = (index: number) => `search-option-${index}`;

/** The suggestion rows for `hits`, or the "no results" row. `onChoose` runs on mousedown. */
function suggestionRows(
  hits: readonly SearchHit[],
  byId: ReadonlyMap<string, ZoneProperties>,
  /** Imported features by id: their name is their only term, as the visitor's file gave it. */
  userNames: ReadonlyMap<string, string>,
  {
    language,
    query,
    active,
    compare,
  }: { language: Language; query: string; active: number; compare: readonly string[] },
  onChoose: (hit: SearchHit, addToCompare: boolean) => void,
): HTMLLIElement[] {
  if (hits.length === 0) {
    return [element('li', { class: 'search-empty', role: 'presentation' }, t(language, 'search.noResults', { query }))];
  }
  return hits.map((hit, i) => {
    const zone = byId.get(hit.id);
    const aliasNote = hit.source === 'name' ? '' : ` · ${t(language, 'search.matchedAlias', { alias: hit.matched })}`;
    const compareNote = compare.includes(hit.id) ? ` · ${t(language, 'search.inCompare')}` : '';
    const option = element(
      'li',
      { role: 'option', id: optionId(i), class: 'search-option', 'aria-selected': String(i === active) },
      zone
        ? element('span', { class: 'search-option-name', lang: langTag(language) }, zoneName(zone, language))
        : element('span', { class: 'search-option-name' }, userNames.get(hit.id) ?? hit.id),
      element(
        'span',
        { class: 'search-option-meta' },
        `${zone ? `${t(language, `kind.${zone.kind}`)}${aliasNote}` : t(language, 'search.yourFeature')}${compareNote}`,
      ),
    );
    // mousedown, not click: the input keeps focus, so the list does not close before the choice lands.
    option.addEventListener('mousedown', (event) => {
      event.preventDefault();
      onChoose(hit, event.shiftKey);
    });
    return option;
  });
}

/**
 * The search box: an ARIA 1.2 combobox with a listbox of suggestions. Finds zones by either name and
 * by aliases (CBD, Tianzhu, 亦庄…). Arrows move through the suggestions, Enter opens the highlighted
 * one (or the best one), Escape closes the list, then clears the box.
 */
export const searchPanel: Panel = {
  id: 'search',
  slot: 'search',
  mount(container, { store, zones }) {
    const scope = createScope();
    const zoneIndex = buildSearchIndex(zones);
    let index = zoneIndex;
    let userNames = new Map<string, string>();
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
    // Said (and shown) while suggestions are open: how to add a result to the comparison.
    const compareHint = element('p', { id: 'search-compare-hint', class: 'search-compare-hint' });
    compareHint.hidden = true;
    input.setAttribute('aria-describedby', compareHint.id);
    let hits: SearchHit[] = [];
    let active = -1;

    const close = () => {
      listbox.hidden = true;
      compareHint.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const choose = (hit: SearchHit | undefined, addToCompare = false) => {
      if (!hit) return;
      // Shift: the result joins (or leaves) the comparison and the list stays open for the next one.
      if (addToCompare) {
        toggleCompared(store, hit.id);
        return;
      }
      const zone = byId.get(hit.id);
      input.value = zone ? zoneName(zone, store.get().language) : (userNames.get(hit.id) ?? '');
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
      const { compare } = store.get();
      listbox.replaceChildren(...suggestionRows(hits, byId, userNames, { language, query, active, compare }, choose));
      listbox.hidden = false;
      compareHint.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', 'true');
      if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
      else input.removeAttribute('aria-activedescendant');
      status.textContent = hits.length
        ? t(language, 'search.resultCount', { count: hits.length })
        : t(language, 'search.noResults', { query });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (hits.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        active = listbox.hidden && step === 1 ? 0 : (active + step + hits.length) % hits.length;
        renderSuggestions();
        listbox.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
      } else if (event.key === 'Enter') {
        event.preventDefault();
        choose(hits[active] ?? hits[0], event.shiftKey);
      } else if (event.key === 'Escape') {
        // Handled here, so the page-wide Escape (which closes the details) only fires on an empty box.
        if (!listbox.hidden) close();
        else if (input.value !== '') input.value = '';
        else return;
        event.stopPropagation();
        event.preventDefault();
      }
    };
    const renderLabels = () => {
      const { language } = store.get();
      label.textContent = t(language, 'search.label');
      input.placeholder = t(language, 'search.placeholder');
      compareHint.textContent = t(language, 'search.compareHint');
      if (!listbox.hidden) renderSuggestions();
    };

    scope.listen(input, 'input', () => {
      active = -1;
      renderSuggestions();
    });
    scope.listen(input, 'keydown', onKey);
    scope.listen(input, 'blur', close);
    scope.add(
      store.select((state) => state.language, renderLabels),
      store.select(
        (state) => state.userFeatures,
        (features) => {
          userNames = new Map(features.map((feature) => [feature.id, feature.name]));
          index = withNamedEntries(zoneIndex, features);
        },
      ),
      store.select(
        (state) => state.compare,
        () => {
          if (!listbox.hidden) renderSuggestions();
        },
      ),
      () => container.replaceChildren(),
    );
    renderLabels();
    container.replaceChildren(label, input, compareHint, listbox, status);
    return scope.dispose;
  },
};
