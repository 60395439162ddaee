import { KIND_ORDER } from '../../color/palette';
import type { ZoneCollection, ZoneProperties } from '../../data/schema';
import { formatArea, langTag, zoneName } from '../../i18n/index';
import type { Language } from '../../state/appState';
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

/**
 * Every zone as a DOM list, grouped by kind: the accessible twin of the map. A single Tab stop
 * (a listbox with grouped options and aria-activedescendant): arrows and Home/End move, Enter or Space
 * opens the details. Moving through it highlights the zone on the map; selecting on the map selects here.
 */
export const zoneListPanel: Panel = {
  id: 'zone-list',
  slot: 'panel-zones',
  mount(container, { store, zones, colors }) {
    const scope = createScope();
    const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
    const order = zoneOrder(zones);
    const hint = element('p', { id: 'zone-list-hint', class: 'zone-list-hint' });
    const listbox = element('div', {
      id: 'zone-list',
      class: 'zone-list',
      role: 'listbox',
      tabindex: '0',
      'aria-describedby': 'zone-list-hint',
    });
    let activeId: string | null = null;
    const optionOf = (id: string) => listbox.querySelector<HTMLElement>(`#${optionId(id)}`);

    const setActive = (id: string | null, { hover = true } = {}) => {
      if (activeId) optionOf(activeId)?.classList.remove('is-active');
      activeId = id;
      if (id === null) {
        listbox.removeAttribute('aria-activedescendant');
        return;
      }
      const option = optionOf(id);
      option?.classList.add('is-active');
      listbox.setAttribute('aria-activedescendant', optionId(id));
      option?.scrollIntoView({ block: 'nearest' });
      if (hover) store.update({ hoveredId: id });
    };

    const render = () => {
      const { language, selectedId, hoveredId } = store.get();
      hint.textContent = `${t(language, 'list.hint')} ${t(language, 'list.compareHint')}`;
      listbox.setAttribute('aria-label', t(language, 'list.label'));
      listbox.replaceChildren(...zoneGroups(order, byId, colors, language));
      if (selectedId) optionOf(selectedId)?.setAttribute('aria-selected', 'true');
      if (hoveredId) optionOf(hoveredId)?.classList.add('is-hovered');
      if (activeId) setActive(activeId, { hover: false });
      updateCompareToggles(listbox, store.get().compare, language);
    };

    // One delegated listener per event: options are rebuilt on every language change.
    const zoneIdOf = (event: Event) => (event.target as Element).closest<HTMLElement>('[data-zone-id]')?.dataset.zoneId;
    // The compare switches keep the focus on the list (mousedown would move it to the switch).
    scope.listen(listbox, 'mousedown', (event) => {
      if ((event.target as Element).closest('[data-compare-id]')) event.preventDefault();
    });
    scope.listen(listbox, 'click', (event) => {
      const toggle = (event.target as Element).closest<HTMLElement>('[data-compare-id]');
      if (toggle) {
        toggleCompared(store, toggle.dataset['compareId']!);
        return;
      }
      const id = zoneIdOf(event);
      if (!id) return;
      setActive(id, { hover: false });
      store.update({ selectedId: id });
    });
    scope.listen(listbox, 'mouseover', (event) => {
      const id = zoneIdOf(event);
      if (id && store.get().hoveredId !== id) store.update({ hoveredId: id });
    });
    scope.listen(listbox, 'mouseout', (event) => {
      const id = zoneIdOf(event);
      const into = (event.relatedTarget as Element | null)?.closest<HTMLElement>('[data-zone-id]')?.dataset.zoneId;
      if (id && id !== into && store.get().hoveredId === id) store.update({ hoveredId: null });
    });
    scope.listen(listbox, 'focus', () => {
      if (activeId === null) setActive(store.get().selectedId ?? order[0] ?? null);
    });
    scope.listen(listbox, 'blur', () => {
      if (activeId !== null && store.get().hoveredId === activeId) store.update({ hoveredId: null });
    });
    scope.listen(listbox, 'keydown', (event) => {
      const next = listIndexAfterKey(event.key, activeId === null ? -1 : order.indexOf(activeId), order.length);
      if (next !== undefined) {
        event.preventDefault();
        setActive(order[next]!);
      } else if (event.key === 'Enter' && event.shiftKey && activeId !== null) {
        event.preventDefault();
        toggleCompared(store, activeId);
      } else if ((event.key === 'Enter' || event.key === ' ') && activeId !== null) {
        event.preventDefault();
        store.update({ selectedId: activeId });
      }
    });

    scope.add(
      store.select((state) => state.language, render),
      store.select(
        (state) => state.compare,
        (compare) => updateCompareToggles(listbox, compare, store.get().language),
      ),
      store.select(
        (state) => state.selectedId,
        (selected, previous) => {
          if (previous) optionOf(previous)?.setAttribute('aria-selected', 'false');
          if (selected) {
            optionOf(selected)?.setAttribute('aria-selected', 'true');
            setActive(selected, { hover: false });
          }
        },
      ),
      store.select(
        (state) => state.hoveredId,
        (hovered, previous) => {
          if (previous) optionOf(previous)?.classList.remove('is-hovered');
          if (hovered) optionOf(hovered)?.classList.add('is-hovered');
        },
      ),
      () => container.replaceChildren(),
    );
    render();
    container.replaceChildren(hint, listbox);
    return scope.dispose;
  },
};
