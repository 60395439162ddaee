import type { ZoneCollection, ZoneProperties } from '../../../data/schema';

export interface ZoneNode {
  zone: ZoneProperties;
  /** 0 for an FTZ area, 1 for its parts, 2 for zones inside a part (e.g. a bonded zone), … */
  depth: number;
  children: ZoneNode[];
}

/**
 * The FTZ as a tree: each `ftz-area` with every zone whose parent chain leads to it, in file order.
 * Works for any kind of zone the data adds (bonded zones, parks): membership comes from `parent`.
 * Points (an exhibition centre) have no area, so they are not part of the tree of areas.
 */
export function ftzTree(zones: ZoneCollection): ZoneNode[] {
  const childrenOf = new Map<string, ZoneProperties[]>();
  for (const { properties } of zones.features) {
    if (properties.parent === null || properties.outline === 'point') continue;
    const list = childrenOf.get(properties.parent) ?? [];
    list.push(properties);
    childrenOf.set(properties.parent, list);
  }
  const build = (zone: ZoneProperties, depth: number, seen: Set<string>): ZoneNode => {
    seen.add(zone.id);
    const children = (childrenOf.get(zone.id) ?? []).filter((child) => !seen.has(child.id));
    return { zone, depth, children: children.map((child) => build(child, depth + 1, seen)) };
  };
  return zones.features
    .map((f) => f.properties)
    .filter((zone) => zone.kind === 'ftz-area' && zone.parent === null)
    .map((area) => build(area, 0, new Set()));
}

/** All FTZ zones, each once, with their official area; the sum of the areas is the FTZ total. */
export function ftzTotal(tree: readonly ZoneNode[]): number {
  return tree.reduce((sum, node) => sum + (node.zone.official_area_km2 ?? 0), 0);
}
