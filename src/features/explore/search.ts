import type { ZoneCollection, ZoneProperties } from '../../data/schema';
import {
  buildSearchIndex,
  searchZones,
  withNamedEntries,
  type SearchHit,
  type SearchIndex,
} from '../../data/searchIndex';
import { langTag, zoneName } from '../../i18n/index';
import type { AppStore, Language } from '../../state/appState';
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
 * Where the arrows move the highlighted suggestion among `count` (wrapping round); Down on a closed list
 * opens it at the first.
 */
export function activeAfterArrow(active: number, step: 1 | -1, count: number, listOpen: boolean): number {
  return !listOpen && step === 1 ? 0 : (active + step + count) % count;
}

/** The combobox's DOM and state: the suggestions on show, the highlighted one, and the index they come from. */
class SearchBox {
  readonly label = element('label', { for: 'search-input', class: 'visually-hidden' });
  readonly input = element('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-suggestions',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  readonly listbox = element('ul', { id: 'search-suggestions', role: 'listbox', class: 'search-suggestions' });
  readonly status = element('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  // Said (and shown) while suggestions are open: how to add a result to the comparison.
  readonly compareHint = element('p', { id: 'search-compare-hint', class: 'search-compare-hint' });
  readonly #byId: ReadonlyMap<string, ZoneProperties>;
  readonly #zoneIndex: SearchIndex;
  /** The visitor's imported features; the index and names below are built from them on the next search. */
  #userFeatures: readonly { id: string; name: string }[] = [];
  #built: { index: SearchIndex; userNames: Map<string, string> } | null = null;
  #hits: SearchHit[] = [];
  #active = -1;

  constructor(
    private readonly store: AppStore,
    zones: ZoneCollection,
  ) {
    this.#zoneIndex = buildSearchIndex(zones);
    this.#byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
    this.listbox.hidden = true;
    this.compareHint.hidden = true;
    this.input.setAttribute('aria-describedby', this.compareHint.id);
  }

  /** The visitor's imported features are found by their name, as their file gave it. */
  setUserFeatures(features: readonly { id: string; name: string }[]) {
    this.#userFeatures = features;
    // Built when next searched, not here: an import of 50,000 polygons should not wait for their index.
    this.#built = null;
  }

  /** The zones' index, plus the visitor's imported features by name. */
  get #index(): SearchIndex {
    return this.#searchable().index;
  }

  get #userNames(): Map<string, string> {
    return this.#searchable().userNames;
  }

  #searchable(): { index: SearchIndex; userNames: Map<string, string> } {
    return (this.#built ??= {
      index: withNamedEntries(this.#zoneIndex, this.#userFeatures),
      userNames: new Map(this.#userFeatures.map((feature) => [feature.id, feature.name])),
    });
  }

  readonly close = () => {
    this.listbox.hidden = true;
    this.compareHint.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  };

  readonly #choose = (hit: SearchHit | undefined, addToCompare = false) => {
    if (!hit) return;
    // Shift: the result joins (or leaves) the comparison and the list stays open for the next one.
    if (addToCompare) return toggleCompared(this.store, hit.id);
    const zone = this.#byId.get(hit.id);
    this.input.value = zone ? zoneName(zone, this.store.get().language) : (this.#userNames.get(hit.id) ?? '');
    this.close();
    this.store.update({ selectedId: hit.id });
  };

  /** A new query: nothing highlighted yet. */
  onInput() {
    this.#active = -1;
    this.renderSuggestions();
  }

  renderSuggestions() {
    const { input, listbox, status } = this;
    const active = this.#active;
    const { language, compare } = this.store.get();
    const query = input.value.trim();
    const hits = (this.#hits = searchZones(this.#index, query));
    if (query === '') {
      this.close();
      status.textContent = '';
      return;
    }
    const rows = suggestionRows(hits, this.#byId, this.#userNames, { language, query, active, compare }, this.#choose);
    listbox.replaceChildren(...rows);
    listbox.hidden = false;
    this.compareHint.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    status.textContent = hits.length
      ? t(language, 'search.resultCount', { count: hits.length })
      : t(language, 'search.noResults', { query });
  }

  readonly onKey = (event: KeyboardEvent) => {
    const { listbox, input } = this;
    const hits = this.#hits;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      this.#active = activeAfterArrow(this.#active, event.key === 'ArrowDown' ? 1 : -1, hits.length, !listbox.hidden);
      this.renderSuggestions();
      listbox.querySelector(`#${optionId(this.#active)}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.#choose(hits[this.#active] ?? hits[0], event.shiftKey);
    } else if (event.key === 'Escape') {
      // Handled here, so the page-wide Escape (which closes the details) only fires on an empty box.
      if (!listbox.hidden) this.close();
      else if (input.value !== '') input.value = '';
      else return;
      event.stopPropagation();
      event.preventDefault();
    }
  };

  /** The open suggestions follow the language and the comparison (they say which zones are in it). */
  readonly refresh = () => {
    if (!this.listbox.hidden) this.renderSuggestions();
  };

  readonly renderLabels = () => {
    const { language } = this.store.get();
    this.label.textContent = t(language, 'search.label');
    this.input.placeholder = t(language, 'search.placeholder');
    this.compareHint.textContent = t(language, 'search.compareHint');
    this.refresh();
  };
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
    const box = new SearchBox(store, zones);
    scope.listen(box.input, 'input', () => box.onInput());
    scope.listen(box.input, 'keydown', box.onKey);
    scope.listen(box.input, 'blur', box.close);
    scope.add(
      store.select((state) => state.language, box.renderLabels),
      store.select(
        (state) => state.userFeatures,
        (features) => box.setUserFeatures(features),
      ),
      store.select((state) => state.compare, box.refresh),
      () => container.replaceChildren(),
    );
    box.renderLabels();
    container.replaceChildren(box.label, box.input, box.compareHint, box.listbox, box.status);
    return scope.dispose;
  },
};
