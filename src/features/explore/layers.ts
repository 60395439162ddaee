import { KIND_ORDER } from '../../color/palette';
import type { ZoneCollection, ZoneKind } from '../../data/schema';
import { setLayerVisible, type AppState, type Language } from '../../state/appState';
import {
  BASEMAP_GROUPS,
  BASEMAPS,
  ONLINE_BASEMAP_AVAILABLE,
  type Basemap,
  type LayerGroup,
} from '../../state/layerGroups';
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

/** The zone kinds present in the data, in KIND_ORDER, with how many zones each has. */
export function kindCounts(zones: ZoneCollection): { kind: ZoneKind; count: number }[] {
  const counts = new Map<ZoneKind, number>();
  for (const f of zones.features) counts.set(f.properties.kind, (counts.get(f.properties.kind) ?? 0) + 1);
  return KIND_ORDER.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
}

const toggle = (input: HTMLInputElement, label: string) =>
  element('label', { class: 'layer-toggle' }, input, element('span', {}, label));

const layerSet = (legend: string, ...controls: HTMLElement[]) =>
  element('fieldset', { class: 'layer-set' }, element('legend', {}, legend), ...controls);

function layerCheckbox(group: LayerGroup, label: string, visibleLayers: readonly LayerGroup[]): HTMLElement {
  const input = element('input', { type: 'checkbox', name: 'layer', value: group, 'data-layer': group });
  input.checked = visibleLayers.includes(group);
  return toggle(input, label);
}

/** The choice of background map; the online one says which host it contacts. */
function backgroundSet(language: Language, basemap: Basemap): HTMLElement {
  return layerSet(
    t(language, 'layers.background'),
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
  );
}

/** The panel's three sets of controls: zone kinds (with counts), basemap themes, background map. */
function layerSets(kinds: readonly { kind: ZoneKind; count: number }[], state: AppState): HTMLElement[] {
  const { language, visibleLayers, basemap } = state;
  const kindLabel = (kind: ZoneKind, count: number) =>
    t(language, 'group.count', { label: t(language, `group.${kind}`), count });
  return [
    layerSet(
      t(language, 'layers.zones'),
      ...kinds.map(({ kind, count }) => layerCheckbox(kind, kindLabel(kind, count), visibleLayers)),
    ),
    layerSet(
      t(language, 'layers.basemap'),
      ...BASEMAP_GROUPS.map((group) => layerCheckbox(group, t(language, `layers.${group}`), visibleLayers)),
    ),
    backgroundSet(language, basemap),
  ];
}

/** Brings the rendered switches up to date with the state (a link or the host may change it). */
function checkInputs(container: HTMLElement, { visibleLayers, basemap }: AppState): void {
  for (const input of container.querySelectorAll<HTMLInputElement>('input[name="layer"]')) {
    input.checked = visibleLayers.includes(input.value as LayerGroup);
  }
  for (const input of container.querySelectorAll<HTMLInputElement>('input[name="basemap"]')) {
    input.checked = input.value === basemap;
  }
}

/**
 * The layers panel: a switch per zone kind present in the data (with its count), one per basemap theme,
 * and the choice of background map. The online one is opt-in and says which host it contacts.
 */
export const layersPanel: Panel = {
  id: 'layers',
  slot: 'layers',
  mount(container, { store, zones }) {
    const scope = createScope();
    const kinds = kindCounts(zones);
    const render = () => container.replaceChildren(...layerSets(kinds, store.get()));

    // Delegated: the inputs are rebuilt when the language changes.
    scope.listen(container, 'change', (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name === 'layer') setLayerVisible(store, input.value as LayerGroup, input.checked);
      else if (input.name === 'basemap' && input.checked) store.update({ basemap: input.value as Basemap });
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
        () => checkInputs(container, store.get()),
      ),
      () => container.replaceChildren(),
    );
    render();
    return scope.dispose;
  },
};
