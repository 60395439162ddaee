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

/** True for basemap features whose group (by their `layer` property) has its switch on; others shown. */
export function basemapFeatureVisible(features: Readonly<Record<string, BasemapGroup>>): ExpressionSpecification {
  const cases = Object.entries(features).flatMap(([layer, group]) => [
    layer,
    ['to-boolean', ['global-state', groupStateName(group)]],
  ]);
  return ['match', ['get', 'layer'], ...cases, true] as unknown as ExpressionSpecification;
}

/** Which basemap layers each group switches, and the group of each feature kind of a shared layer. */
export interface BasemapGroups {
  layers: Readonly<Record<BasemapGroup, readonly string[]>>;
  features: Readonly<Record<string, BasemapGroup>>;
}

const withFilter = (layer: LayerSpecification, test: ExpressionSpecification): LayerSpecification =>
  ({ ...layer, filter: 'filter' in layer && layer.filter ? ['all', layer.filter, test] : test }) as LayerSpecification;

/**
 * Adds the group switches to a finished layer list: a basemap layer of one group gets a visibility
 * expression; one drawing several groups' features, and the zone layers (those drawing `zoneSources`),
 * get the test of the feature's group or kind added to their filter.
 */
export function applyLayerGroups(
  layers: LayerSpecification[],
  basemap: BasemapGroups,
  zoneSources: readonly string[],
): LayerSpecification[] {
  const groupsOf = new Map<string, BasemapGroup[]>();
  for (const group of BASEMAP_GROUPS) {
    for (const id of basemap.layers[group]) groupsOf.set(id, [...(groupsOf.get(id) ?? []), group]);
  }
  return layers.map((layer) => {
    const groups = groupsOf.get(layer.id);
    if (groups && layer.type !== 'background') {
      if (groups.length > 1) return withFilter(layer, basemapFeatureVisible(basemap.features));
      return { ...layer, layout: { ...layer.layout, visibility: groupVisibility(groups[0]!) } } as LayerSpecification;
    }
    if ('source' in layer && zoneSources.includes(layer.source)) return withFilter(layer, zoneKindVisible());
    return layer;
  });
}
