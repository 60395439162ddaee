import { PANEL_IDS, type PanelId } from '../state/fields';
import { element } from './dom';
import { createScope, type Panel, type ShellContext } from './panel';
import { t } from './strings';

/** The index a key moves to among `count` tabs from `current`, or -1 for a key that does not move. */
function tabIndexAfterKey(key: string, current: number, count: number): number {
  const moves: Record<string, number> = {
    ArrowRight: (current + 1) % count,
    ArrowLeft: (current - 1 + count) % count,
    Home: 0,
    End: count - 1,
  };
  return moves[key] ?? -1;
}

/**
 * The side panel's tabs (the bottom sheet's on a phone): Zones and Layers. ARIA tabs with automatic
 * activation: arrows move and open, Home/End jump.
 */
export const tabsPanel: Panel<ShellContext> = {
  id: 'tabs',
  slot: 'tabs',
  mount(tablist, { store }) {
    const scope = createScope();
    const panels = new Map(PANEL_IDS.map((id) => [id, document.getElementById(`panel-${id}`)!]));
    const tabs = new Map(
      PANEL_IDS.map((id) => [
        id,
        element('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}` }),
      ]),
    );
    tablist.setAttribute('role', 'tablist');
    for (const [id, tab] of tabs) {
      scope.listen(tab, 'click', () => store.update({ activePanel: id }));
      panels.get(id)!.setAttribute('aria-labelledby', tab.id);
      panels.get(id)!.setAttribute('role', 'tabpanel');
    }
    scope.listen(tablist, 'keydown', (event) => {
      const next = tabIndexAfterKey(event.key, PANEL_IDS.indexOf(store.get().activePanel), PANEL_IDS.length);
      if (next < 0) return;
      event.preventDefault();
      const id: PanelId = PANEL_IDS[next]!;
      store.update({ activePanel: id });
      tabs.get(id)!.focus();
    });

    const render = () => {
      const { language, activePanel: active } = store.get();
      for (const [id, tab] of tabs) {
        tab.textContent = t(language, `tabs.${id}`);
        tab.setAttribute('aria-selected', String(id === active));
        tab.tabIndex = id === active ? 0 : -1;
        panels.get(id)!.hidden = id !== active;
      }
      tablist.setAttribute('aria-label', t(language, 'tabs.label'));
    };
    scope.add(
      store.select((state) => [state.language, state.activePanel], render),
      () => tablist.replaceChildren(),
    );
    tablist.replaceChildren(...tabs.values());
    render();
    return scope.dispose;
  },
};

/** The skip link opens the Zones tab before jumping to the list, which may sit in a hidden tab. */
export const skipLinkPanel: Panel<ShellContext> = {
  id: 'skip-link',
  slot: 'skip-link',
  mount(link, { store }) {
    const scope = createScope();
    scope.listen(link, 'click', (event) => {
      event.preventDefault();
      store.update({ activePanel: 'zones' });
      document.getElementById('zone-list')?.focus();
    });
    return scope.dispose;
  },
};
