import { KIND_ORDER } from '../color/palette';
import type { ZoneCollection, ZoneProperties } from '../data/schema';
import { formatArea, langTag, t, zoneNames } from '../i18n';
import type { AppStore, Language } from '../state/appState';
import { element } from './dom';

interface ZoneListOptions {
  container: HTMLElement;
  store: AppStore;
  zones: ZoneCollection;
  colors: ReadonlyMap<string, string>;
}

const optionId = (zoneId: string) => `zone-option-${zoneId}`;

/**
 * Every zone as a DOM list, grouped by kind: the accessible twin of the map. A single Tab stop
 * (a listbox with grouped options and aria-activedescendant): arrows and Home/End move, Enter or Space
 * opens the details. Moving through it highlights the zone on the map; selecting on the map selects here.
 */
export function mountZoneList({ container, store, zones, colors }: ZoneListOptions): void {
  const byId = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
  const order = KIND_ORDER.flatMap((kind) => zones.features.filter((f) => f.properties.kind === kind)).map(
    (f) => f.properties.id,
  );
  // A kind added to the schema but not yet to KIND_ORDER still gets listed, at the end.
  for (const f of zones.features) if (!order.includes(f.properties.id)) order.push(f.properties.id);

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

  const optionFor = (zone: ZoneProperties, language: Language): HTMLElement => {
    const [name] = zoneNames(zone, language);
    const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = colors.get(zone.id) ?? '#777';
    const parent = zone.parent ? byId.get(zone.parent) : undefined;
    // Each piece stays on one line ("28.5 km²" never splits); the pieces wrap between them.
    const meta = [
      parent ? t(language, 'list.partOf', { name: zoneNames(parent, language)[0] }) : '',
      zone.official_area_km2 !== null ? formatArea(language, zone.official_area_km2) : '',
    ]
      .filter(Boolean)
      .flatMap((text, i) => [...(i ? [' · '] : []), element('span', { class: 'nowrap' }, text)]);
    const option = element(
      'div',
      {
        role: 'option',
        id: optionId(zone.id),
        class: 'zone-option',
        'aria-selected': 'false',
        'data-zone-id': zone.id,
      },
      swatch,
      element('span', { class: 'zone-option-name', lang: langTag(language) }, name),
      ...(meta.length ? [element('span', { class: 'zone-option-meta' }, ...meta)] : []),
    );
    option.addEventListener('click', () => {
      setActive(zone.id, { hover: false });
      store.update({ selectedId: zone.id });
    });
    option.addEventListener('mouseenter', () => store.update({ hoveredId: zone.id }));
    option.addEventListener('mouseleave', () => {
      if (store.get().hoveredId === zone.id) store.update({ hoveredId: null });
    });
    return option;
  };

  const render = () => {
    const { language, selectedId, hoveredId } = store.get();
    hint.textContent = t(language, 'list.hint');
    listbox.setAttribute('aria-label', t(language, 'list.label'));
    const kinds = [...new Set(order.map((id) => byId.get(id)!.kind))];
    listbox.replaceChildren(
      ...kinds.map((kind) => {
        const members = order.map((id) => byId.get(id)!).filter((zone) => zone.kind === kind);
        const labelId = `zone-group-${kind}`;
        return element(
          'div',
          { role: 'group', 'aria-labelledby': labelId, class: 'zone-group' },
          element('div', { id: labelId, class: 'zone-group-label' }, t(language, `group.${kind}`)),
          ...members.map((zone) => optionFor(zone, language)),
        );
      }),
    );
    if (selectedId) optionOf(selectedId)?.setAttribute('aria-selected', 'true');
    if (hoveredId) optionOf(hoveredId)?.classList.add('is-hovered');
    if (activeId) setActive(activeId, { hover: false });
  };

  listbox.addEventListener('focus', () => {
    if (activeId === null) setActive(store.get().selectedId ?? order[0] ?? null);
  });
  listbox.addEventListener('blur', () => {
    if (activeId !== null && store.get().hoveredId === activeId) store.update({ hoveredId: null });
  });
  listbox.addEventListener('keydown', (event) => {
    const index = activeId === null ? -1 : order.indexOf(activeId);
    const last = order.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(index + 1, last),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(index + 5, last),
      PageUp: Math.max(index - 5, 0),
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(order[moves[event.key]!]!);
    } else if ((event.key === 'Enter' || event.key === ' ') && activeId !== null) {
      event.preventDefault();
      store.update({ selectedId: activeId });
    }
  });

  store.subscribe((state, previous) => {
    if (state.language !== previous.language) {
      render();
      return;
    }
    if (state.selectedId !== previous.selectedId) {
      if (previous.selectedId) optionOf(previous.selectedId)?.setAttribute('aria-selected', 'false');
      if (state.selectedId) {
        optionOf(state.selectedId)?.setAttribute('aria-selected', 'true');
        setActive(state.selectedId, { hover: false });
      }
    }
    if (state.hoveredId !== previous.hoveredId) {
      if (previous.hoveredId) optionOf(previous.hoveredId)?.classList.remove('is-hovered');
      if (state.hoveredId) optionOf(state.hoveredId)?.classList.add('is-hovered');
    }
  });
  render();
  container.replaceChildren(hint, listbox);
}
