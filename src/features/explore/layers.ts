import { KIND_ORDER } from '../../color/palette';
import type { ZoneKind } from '../../data/schema';
import { setLayerVisible } from '../../state/appState';
import { BASEMAP_GROUPS, BASEMAPS, ONLINE_BASEMAP_AVAILABLE, type LayerGroup } from '../../state/layerGroups';
import { element } from '../../shell/dom';
import { createScope, type Panel } from '../../shell/panel';
import { t } from './strings';

/**
 * Only in the one-file offline build; kept here rather than in the i18n tables so the normal build,
 * where this branch is removed, does not carry it in its first load.
 */
const OFFLINE_FILE_NOTE = {
  en: 'Not available in this offline copy: the online map downloads tiles from the internet, and this file never contacts another host.',
  zh: '此离线版本不提供在线地图：在线地图需要从互联网下载瓦片，而此文件不连接任何其他主机。',
} as const;

/**
 * The layers panel: a switch per zone kind present in the data (with its count), one per basemap theme,
 * and the choice of background map. The online one is opt-in and says which host it contacts.
 */
export const layersPanel: Panel = {
  id: 'layers',
  slot: 'layers',
  mount(container, { store, zones }) {
    const scope = createScope();
    const counts = new Map<ZoneKind, number>();
    for (const f of zones.features) counts.set(f.properties.kind, (counts.get(f.properties.kind) ?? 0) + 1);
    const kinds = KIND_ORDER.filter((kind) => counts.has(kind));
    const toggle = (input: HTMLInputElement, label: string) =>
      element('label', { class: 'layer-toggle' }, input, element('span', {}, label));

    const render = () => {
      const { language, visibleLayers, basemap } = store.get();
      const checkbox = (group: LayerGroup, label: string) => {
        const input = element('input', { type: 'checkbox', name: 'layer', value: group, 'data-layer': group });
        input.checked = visibleLayers.includes(group);
        return toggle(input, label);
      };
      container.replaceChildren(
        element(
          'fieldset',
          { class: 'layer-set' },
          element('legend', {}, t(language, 'layers.zones')),
          ...kinds.map((kind) =>
            checkbox(
              kind,
              t(language, 'group.count', { label: t(language, `group.${kind}`), count: counts.get(kind)! }),
            ),
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
          ...BASEMAPS.map((value) => {
            const input = element('input', { type: 'radio', name: 'basemap', value });
            input.checked = basemap === value;
            // The one-file offline build keeps the choice visible but off, and says why (below).
            if (!ONLINE_BASEMAP_AVAILABLE && value === 'osm') input.disabled = true;
            return toggle(input, t(language, `basemap.${value}`));
          }),
          element(
            'p',
            { class: 'layer-note' },
            ONLINE_BASEMAP_AVAILABLE ? t(language, 'basemap.osmNote') : OFFLINE_FILE_NOTE[language],
          ),
        ),
      );
    };

    // Delegated: the inputs are rebuilt when the language changes.
    scope.listen(container, 'change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'layer') setLayerVisible(store, input.value as LayerGroup, input.checked);
      else if (input.name === 'basemap' && input.checked)
        store.update({ basemap: input.value as (typeof BASEMAPS)[number] });
    });
    scope.add(
      store.select(
        (state) => state.language,
        () => {
          // Re-rendering moves focus out of a checkbox; keep it on the same control.
          const focused = (document.activeElement as HTMLInputElement | null)?.value;
          render();
          if (focused) container.querySelector<HTMLInputElement>(`input[value="${focused}"]`)?.focus();
        },
      ),
      store.select(
        (state) => [state.visibleLayers, state.basemap],
        () => {
          const { visibleLayers, basemap } = store.get();
          for (const input of container.querySelectorAll<HTMLInputElement>('input[name="layer"]')) {
            input.checked = visibleLayers.includes(input.value as LayerGroup);
          }
          for (const input of container.querySelectorAll<HTMLInputElement>('input[name="basemap"]')) {
            input.checked = input.value === basemap;
          }
        },
      ),
      () => container.replaceChildren(),
    );
    render();
    return scope.dispose;
  },
};
