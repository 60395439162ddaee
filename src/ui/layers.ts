import { KIND_ORDER } from '../color/palette';
import type { ZoneCollection, ZoneKind } from '../data/schema';
import { t } from '../i18n';
import { setLayerVisible, type AppStore } from '../state/appState';
import { BASEMAP_GROUPS, BASEMAPS, type Basemap, type LayerGroup } from '../state/layers';
import { element } from './dom';

interface LayersOptions {
  container: HTMLElement;
  store: AppStore;
  zones: ZoneCollection;
}

/**
 * The layers panel: a switch per zone kind present in the data (with its count), one per basemap theme,
 * and the choice of background map. The online one is opt-in and says which host it contacts.
 */
export function mountLayers({ container, store, zones }: LayersOptions): void {
  const counts = new Map<ZoneKind, number>();
  for (const f of zones.features) counts.set(f.properties.kind, (counts.get(f.properties.kind) ?? 0) + 1);
  const kinds = KIND_ORDER.filter((kind) => counts.has(kind));

  const checkbox = (group: LayerGroup, label: string) => {
    const input = element('input', { type: 'checkbox', name: 'layer', value: group, 'data-layer': group });
    input.checked = store.get().visibleLayers.includes(group);
    input.addEventListener('change', () => setLayerVisible(store, group, input.checked));
    return element('label', { class: 'layer-toggle' }, input, element('span', {}, label));
  };
  const radio = (basemap: Basemap, label: string) => {
    const input = element('input', { type: 'radio', name: 'basemap', value: basemap });
    input.checked = store.get().basemap === basemap;
    input.addEventListener('change', () => input.checked && store.update({ basemap }));
    return element('label', { class: 'layer-toggle' }, input, element('span', {}, label));
  };

  const render = () => {
    const { language } = store.get();
    container.replaceChildren(
      element(
        'fieldset',
        { class: 'layer-set' },
        element('legend', {}, t(language, 'layers.zones')),
        ...kinds.map((kind) =>
          checkbox(kind, t(language, 'group.count', { label: t(language, `group.${kind}`), count: counts.get(kind)! })),
        ),
      ),
      element(
        'fieldset',
        { class: 'layer-set' },
        element('legend', {}, t(language, 'layers.basemap')),
        ...BASEMAP_GROUPS.map((group) => checkbox(group, t(language, `layers.${group}`))),
      ),
      element(
        'fieldset',
        { class: 'layer-set' },
        element('legend', {}, t(language, 'layers.background')),
        ...BASEMAPS.map((basemap) => radio(basemap, t(language, `basemap.${basemap}`))),
        element('p', { class: 'layer-note' }, t(language, 'basemap.osmNote')),
      ),
    );
  };

  store.subscribe((state, previous) => {
    if (state.language !== previous.language) {
      // Re-rendering moves focus out of a checkbox; keep it on the same control.
      const focused = (document.activeElement as HTMLInputElement | null)?.value;
      render();
      if (focused) container.querySelector<HTMLInputElement>(`input[value="${focused}"]`)?.focus();
      return;
    }
    if (state.visibleLayers !== previous.visibleLayers || state.basemap !== previous.basemap) {
      for (const input of container.querySelectorAll<HTMLInputElement>('input[name="layer"]')) {
        input.checked = state.visibleLayers.includes(input.value as LayerGroup);
      }
      for (const input of container.querySelectorAll<HTMLInputElement>('input[name="basemap"]')) {
        input.checked = input.value === state.basemap;
      }
    }
  });
  render();
}
