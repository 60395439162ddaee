import type { ExpressionSpecification, LayerSpecification, StateSpecification } from '@maplibre/maplibre-gl-style-spec';
import { ZONE_KINDS } from '../../data/zoneKinds';
import { BASEMAP_GROUPS, LAYER_GROUPS, type BasemapGroup, type LayerGroup } from '../../state/layerGroups';

/**
 * Layer groups are shown and hidden through MapLibre's global state: the style reads one boolean per
 * group (`show-subway`, `show-ftz-part`…), so a toggle is one `setGlobalStateProperty` call and the style
 * is never rebuilt for it. Pure: builds the expressions and the state defaults.
 */
export const groupStateName = (group: LayerGroup): string => `show-${group}`;

/** The style's `state` section: every group's boolean, defaulting to whether it is visible now. */
export function layerGroupState(visible: readonly LayerGroup[]): StateSpecification {
  return Object.fromEntries(LAYER_GROUPS.map((group) => [groupStateName(group), { default: visible.includes(group) }]));
}

/** `visible` while the group's switch is on. */
export function groupVisibility(group: BasemapGroup): ExpressionSpecification {
  return ['case', ['to-boolean', ['global-state', groupStateName(group)]], 'visible', 'none'];
}

/** True for features whose `kind` has its switch on; a kind the app does not know is shown. */
export function zoneKindVisible(): ExpressionSpecification {
  const cases = ZONE_KINDS.flatMap((kind) => [kind, ['to-boolean', ['global-state', groupStateName(kind)]]]);
  return ['match', ['get', 'kind'], ...cases, true] as unknown as ExpressionSpecification;
}

/**
 * Adds the group switches to a finished layer list: basemap layers get a visibility expression, zone
 * layers (those drawing `zoneSources`) get the kind test added to their filter.
 */
export function applyLayerGroups(
  layers: LayerSpecification[],
  basemapLayers: Readonly<Record<BasemapGroup, readonly string[]>>,
  zoneSources: readonly string[],
): LayerSpecification[] {
  const groupOf = new Map(BASEMAP_GROUPS.flatMap((group) => basemapLayers[group].map((id) => [id, group] as const)));
  return layers.map((layer) => {
    const group = groupOf.get(layer.id);
    if (group && layer.type !== 'background') {
      return { ...layer, layout: { ...layer.layout, visibility: groupVisibility(group) } } as LayerSpecification;
    }
    if ('source' in layer && zoneSources.includes(layer.source)) {
      const filter = layer.filter ? ['all', layer.filter, zoneKindVisible()] : zoneKindVisible();
      return { ...layer, filter } as LayerSpecification;
    }
    return layer;
  });
}
