import { t } from '../i18n';
import type { AppStore, PanelId } from '../state/appState';
import { element } from './dom';

const PANELS: readonly PanelId[] = ['zones', 'layers'];

/**
 * The side panel's tabs (the bottom sheet's on a phone): Zones and Layers. ARIA tabs with automatic
 * activation: arrows move and open, Home/End jump.
 */
export function mountTabs(tablist: HTMLElement, store: AppStore): void {
  const panels = new Map(PANELS.map((id) => [id, document.getElementById(`panel-${id}`)!]));
  const tabs = new Map(
    PANELS.map((id) => [
      id,
      element('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}` }),
    ]),
  );
  tablist.setAttribute('role', 'tablist');
  for (const [id, tab] of tabs) {
    tab.addEventListener('click', () => store.update({ activePanel: id }));
    panels.get(id)!.setAttribute('aria-labelledby', tab.id);
    panels.get(id)!.setAttribute('role', 'tabpanel');
  }
  tablist.addEventListener('keydown', (event) => {
    const order = PANELS;
    const current = order.indexOf(store.get().activePanel);
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % order.length
        : event.key === 'ArrowLeft'
          ? (current - 1 + order.length) % order.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? order.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    store.update({ activePanel: order[next]! });
    tabs.get(order[next]!)!.focus();
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
  store.subscribe((state, previous) => {
    if (state.language !== previous.language || state.activePanel !== previous.activePanel) render();
  });
  tablist.replaceChildren(...tabs.values());
  render();
}

/** The skip link opens the Zones tab before jumping to the list, which may sit in a hidden tab. */
export function mountSkipLink(link: HTMLAnchorElement, store: AppStore): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    store.update({ activePanel: 'zones' });
    document.getElementById('zone-list')?.focus();
  });
}
