import { KIND_ORDER } from '../../color/palette';
import type { ZoneCollection, ZoneProperties } from '../../data/schema';
import { formatArea, langTag, zoneName } from '../../i18n/index';
import type { AppStore, Language } from '../../state/appState';
import { MAX_COMPARED, toggleCompared } from '../../state/compareSet';
import { element } from '../../shell/dom';
import { createScope, type Panel } from '../../shell/panel';
import { t } from './strings';

const optionId = (zoneId: string) => `zone-option-${zoneId}`;

/** Zone ids in list order: grouped by kind in KIND_ORDER; a kind not yet in KIND_ORDER comes last. */
export function zoneOrder(zones: ZoneCollection): string[] {
  const order = KIND_ORDER.flatMap((kind) => zones.features.filter((f) => f.properties.kind === kind)).map(
    (f) => f.properties.id,
  );
  for (const f of zones.features) if (!order.includes(f.properties.id)) order.push(f.properties.id);
  return order;
}

/** Where a key moves the active option from `index` in a list of `count`, or undefined for other keys. */
function listIndexAfterKey(key: string, index: number, count: number): number | undefined {
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: Math.min(index + 1, last),
    ArrowUp: Math.max(index - 1, 0),
    Home: 0,
    End: last,
    PageDown: Math.min(index + 5, last),
    PageUp: Math.max(index - 5, 0),
  };
  return moves[key];
}

/** One option: swatch, name, and the parent and official area on one line that wraps between pieces. */
function zoneOption(
  zone: ZoneProperties,
  parent: ZoneProperties | undefined,
  color: string,
  language: Language,
): HTMLElement {
  const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
  swatch.style.background = color;
  // Each piece stays on one line ("28.5 km²" never splits); the pieces wrap between them.
  const meta = [
    parent ? t(language, 'list.partOf', { name: zoneName(parent, language) }) : '',
    zone.official_area_km2 !== null ? formatArea(language, zone.official_area_km2) : '',
  ]
    .filter(Boolean)
    .flatMap((text, i) => [...(i ? [' · '] : []), element('span', { class: 'nowrap' }, text)]);
  const option = element(
    'div',
    { role: 'option', id: optionId(zone.id), class: 'zone-option', 'aria-selected': 'false', 'data-zone-id': zone.id },
    swatch,
    element('span', { class: 'zone-option-name', lang: langTag(language) }, zoneName(zone, language)),
    ...(meta.length ? [element('span', { class: 'zone-option-meta' }, ...meta)] : []),
  );
  // Beside the option, not inside it (an option cannot hold a control), and hidden from the
  // accessibility tree (a listbox may own only options): for the pointer. Keyboard and screen reader
  // users have Shift+Enter on the active option, and the option says "(in compare)".
  const toggle = element('button', {
    type: 'button',
    class: 'list-compare-toggle',
    tabindex: '-1',
    'aria-hidden': 'true',
    'data-compare-id': zone.id,
    'aria-label': t(language, 'list.compareAdd', { name: zoneName(zone, language) }),
    title: t(language, 'list.compareAdd', { name: zoneName(zone, language) }),
  });
  return element('div', { class: 'zone-row' }, option, toggle);
}

/** Brings the list's compare switches up to date: pressed for a compared zone, off when the set is full. */
function updateCompareToggles(listbox: HTMLElement, compare: readonly string[], language: Language): void {
  for (const button of listbox.querySelectorAll<HTMLButtonElement>('[data-compare-id]')) {
    const inSet = compare.includes(button.dataset['compareId'] ?? '');
    button.setAttribute('aria-pressed', String(inSet));
    button.textContent = inSet ? '✓' : '+';
    button.disabled = !inSet && compare.length >= MAX_COMPARED;
    // The option says it too, for a screen reader moving through the list with the arrow keys.
    const option = button.previousElementSibling;
    option?.querySelector('.zone-option-compared')?.remove();
    if (inSet)
      option?.append(
        element('span', { class: 'visually-hidden zone-option-compared' }, ` (${t(language, 'search.inCompare')})`),
      );
  }
}

/** The options in groups by kind, each group labelled, in list order. */
function zoneGroups(
  order: readonly string[],
  byId: ReadonlyMap<string, ZoneProperties>,
  colors: ReadonlyMap<string, string>,
  language: Language,
): HTMLElement[] {
  const zones = order.map((id) => byId.get(id)!);
  const kinds = [...new Set(zones.map((zone) => zone.kind))];
  return kinds.map((kind) =>
    element(
      'div',
      { role: 'group', 'aria-labelledby': `zone-group-${kind}`, class: 'zone-group' },
      element('div', { id: `zone-group-${kind}`, class: 'zone-group-label' }, t(language, `group.${kind}`)),
      ...zones
        .filter((zone) => zone.kind === kind)
        .map((zone) =>
          zoneOption(zone, zone.parent ? byId.get(zone.parent) : undefined, colors.get(zone.id) ?? '#777', language),
        ),
    ),
  );
}

/** The zone id of the option at (or around) an event's target, if any. */
const zoneIdAt = (target: EventTarget | null) =>
  (target as Element | null)?.closest<HTMLElement>('[data-zone-id]')?.dataset.zoneId;

/** The list's DOM and its one piece of state: the active option (aria-activedescendant). */
class ZoneList {
  readonly scope = createScope();
  readonly hint = element('p', { id: 'zone-list-hint', class: 'zone-list-hint' });
  readonly listbox = element('div', {
    id: 'zone-list',
    class: 'zone-list',
    role: 'listbox',
    tabindex: '0',
    'aria-describedby': 'zone-list-hint',
  });
  readonly #byId: ReadonlyMap<string, ZoneProperties>;
  readonly #order: string[];
  #activeId: string | null = null;

  constructor(
    private readonly store: AppStore,
    zones: ZoneCollection,
    private readonly colors: ReadonlyMap<string, string>,
  ) {
    this.#byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
    this.#order = zoneOrder(zones);
    this.#listenToPointer();
    this.#listenToKeyboard();
    this.#followStore();
    this.#render();
  }

  #optionOf(id: string) {
    return this.listbox.querySelector<HTMLElement>(`#${optionId(id)}`);
  }

  #setActive(id: string | null, { hover = true } = {}) {
    const { listbox } = this;
    if (this.#activeId) this.#optionOf(this.#activeId)?.classList.remove('is-active');
    this.#activeId = id;
    if (id === null) {
      listbox.removeAttribute('aria-activedescendant');
      return;
    }
    const option = this.#optionOf(id);
    option?.classList.add('is-active');
    listbox.setAttribute('aria-activedescendant', optionId(id));
    option?.scrollIntoView({ block: 'nearest' });
    if (hover) this.store.update({ hoveredId: id });
  }

  readonly #render = () => {
    const { language, selectedId, hoveredId, compare } = this.store.get();
    this.hint.textContent = `${t(language, 'list.hint')} ${t(language, 'list.compareHint')}`;
    this.listbox.setAttribute('aria-label', t(language, 'list.label'));
    this.listbox.replaceChildren(...zoneGroups(this.#order, this.#byId, this.colors, language));
    if (selectedId) this.#optionOf(selectedId)?.setAttribute('aria-selected', 'true');
    if (hoveredId) this.#optionOf(hoveredId)?.classList.add('is-hovered');
    if (this.#activeId) this.#setActive(this.#activeId, { hover: false });
    updateCompareToggles(this.listbox, compare, language);
  };

  /** One delegated listener per event: options are rebuilt on every language change. */
  #listenToPointer() {
    const { scope, listbox, store } = this;
    // The compare switches keep the focus on the list (mousedown would move it to the switch).
    scope.listen(listbox, 'mousedown', (event) => {
      if ((event.target as Element).closest('[data-compare-id]')) event.preventDefault();
    });
    scope.listen(listbox, 'click', (event) => {
      const toggle = (event.target as Element).closest<HTMLElement>('[data-compare-id]');
      if (toggle) return toggleCompared(store, toggle.dataset['compareId']!);
      const id = zoneIdAt(event.target);
      if (!id) return;
      this.#setActive(id, { hover: false });
      store.update({ selectedId: id });
    });
    scope.listen(listbox, 'mouseover', (event) => {
      const id = zoneIdAt(event.target);
      if (id && store.get().hoveredId !== id) store.update({ hoveredId: id });
    });
    scope.listen(listbox, 'mouseout', (event) => {
      const id = zoneIdAt(event.target);
      if (id && id !== zoneIdAt(event.relatedTarget) && store.get().hoveredId === id) store.update({ hoveredId: null });
    });
  }

  #listenToKeyboard() {
    const { scope, listbox, store } = this;
    scope.listen(listbox, 'focus', () => {
      if (this.#activeId === null) this.#setActive(store.get().selectedId ?? this.#order[0] ?? null);
    });
    scope.listen(listbox, 'blur', () => {
      if (this.#activeId !== null && store.get().hoveredId === this.#activeId) store.update({ hoveredId: null });
    });
    scope.listen(listbox, 'keydown', (event) => this.#onKey(event));
  }

  #onKey(event: KeyboardEvent) {
    const { store } = this;
    const [activeId, order] = [this.#activeId, this.#order];
    const next = listIndexAfterKey(event.key, activeId === null ? -1 : order.indexOf(activeId), order.length);
    if (next !== undefined) {
      event.preventDefault();
      this.#setActive(order[next]!);
    } else if (event.key === 'Enter' && event.shiftKey && activeId !== null) {
      event.preventDefault();
      toggleCompared(store, activeId);
    } else if ((event.key === 'Enter' || event.key === ' ') && activeId !== null) {
      event.preventDefault();
      store.update({ selectedId: activeId });
    }
  }

  /** The map (or a link) selects and hovers zones too: the list follows. */
  #followStore() {
    const { store, listbox } = this;
    this.scope.add(
      store.select((state) => state.language, this.#render),
      store.select(
        (state) => state.compare,
        (compare) => updateCompareToggles(listbox, compare, store.get().language),
      ),
      store.select(
        (state) => state.selectedId,
        (selected, previous) => {
          if (previous) this.#optionOf(previous)?.setAttribute('aria-selected', 'false');
          if (selected) {
            this.#optionOf(selected)?.setAttribute('aria-selected', 'true');
            this.#setActive(selected, { hover: false });
          }
        },
      ),
      store.select(
        (state) => state.hoveredId,
        (hovered, previous) => {
          if (previous) this.#optionOf(previous)?.classList.remove('is-hovered');
          if (hovered) this.#optionOf(hovered)?.classList.add('is-hovered');
        },
      ),
    );
  }
}

/**
 * Every zone as a DOM list, grouped by kind: the accessible twin of the map. A single Tab stop
 * (a listbox with grouped options and aria-activedescendant): arrows and Home/End move, Enter or Space
 * opens the details. Moving through it highlights the zone on the map; selecting on the map selects here.
 */
export const zoneListPanel: Panel = {
  id: 'zone-list',
  slot: 'panel-zones',
  mount(container, { store, zones, colors }) {
    const list = new ZoneList(store, zones, colors);
    list.scope.add(() => container.replaceChildren());
    container.replaceChildren(list.hint, list.listbox);
    return list.scope.dispose;
  },
};
