import { ZONE_KINDS, type ZoneKind } from '../data/zoneKinds';

/**
 * The groups a visitor can show or hide: one per zone kind, and the bundled basemap's themes. The map
 * style, the layers panel and the URL codec all read this list, so a group has one name everywhere.
 */
export const BASEMAP_GROUPS = ['districts', 'roads', 'subway', 'rail', 'water', 'airports'] as const;

export type BasemapGroup = (typeof BASEMAP_GROUPS)[number];
export type LayerGroup = ZoneKind | BasemapGroup;

export const LAYER_GROUPS: readonly LayerGroup[] = [...ZONE_KINDS, ...BASEMAP_GROUPS];

/** Everything is shown until the visitor hides it. */
export const DEFAULT_VISIBLE_LAYERS: readonly LayerGroup[] = LAYER_GROUPS;

export function isLayerGroup(value: string): value is LayerGroup {
  return (LAYER_GROUPS as readonly string[]).includes(value);
}

/** `groups` in the canonical order of LAYER_GROUPS, without duplicates, so equal sets compare equal. */
export function canonicalLayers(groups: Iterable<LayerGroup>): LayerGroup[] {
  const set = new Set(groups);
  return LAYER_GROUPS.filter((group) => set.has(group));
}

/**
 * Background maps. `offline` is the bundled basemap and the default; `osm` adds OpenStreetMap's raster
 * tiles from tile.openstreetmap.org, which is the only other host the page may contact, and only once
 * the visitor picks it.
 */
export const BASEMAPS = ['offline', 'osm'] as const;
export type Basemap = (typeof BASEMAPS)[number];

/**
 * False in the one-file offline build (`npm run build:single`, Vite mode `single`): that file promises
 * no network, and its CSP allows no host. A link asking for `osm` then opens the bundled map. In the
 * normal build this is the constant `true` and the minifier removes every branch on it.
 */
export const ONLINE_BASEMAP_AVAILABLE = import.meta.env.MODE !== 'single';
