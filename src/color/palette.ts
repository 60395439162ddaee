import type { ZoneCollection, ZoneProperties } from '../data/schema';
import { ZONE_KINDS, type ZoneKind } from '../data/zoneKinds';

/**
 * The one colour scale of the atlas. The map's paint expressions, the legend and the charts all ask
 * it, so a zone has the same colour everywhere. Colours are from the Okabe–Ito set, which stays
 * distinguishable with the common colour-vision deficiencies.
 */
const COLOR_KEYS = [
  'sci-tech-innovation-area',
  'international-business-services-area',
  'high-end-industry-area',
  'demo-zone',
  'demo-park',
  'airport-zone',
  'reference-point',
] as const;

export type ColorKey = (typeof COLOR_KEYS)[number];

const COLORS: Readonly<Record<ColorKey, string>> = {
  'sci-tech-innovation-area': '#0072B2',
  'international-business-services-area': '#D55E00',
  'high-end-industry-area': '#009E73',
  'demo-zone': '#E69F00',
  'demo-park': '#CC79A7',
  'airport-zone': '#56B4E9',
  'reference-point': '#3d3d3d',
};
const UNKNOWN_COLOR = '#777777';

/**
 * Key -> colour, with the keys in order from `domain()`. A fixed table, not d3-scale's scaleOrdinal:
 * that pulled d3-array's InternMap into the first load (1.2 KB gzip) to look up seven keys.
 */
export const colorScale = Object.assign((key: ColorKey): string => COLORS[key] ?? UNKNOWN_COLOR, {
  domain: (): ColorKey[] => [...COLOR_KEYS],
});

type ZoneLookup = ReadonlyMap<string, Pick<ZoneProperties, 'id' | 'kind' | 'parent'>>;

const isColorKey = (key: string): key is ColorKey => (COLOR_KEYS as readonly string[]).includes(key);

/**
 * FTZ areas and everything inside them take the area's colour. Elsewhere a zone takes its kind's
 * colour, except parts and bonded zones, which take their top zone's (the Daxing Airport bonded zone is
 * painted as the airport zone it belongs to).
 */
export function colorKeyOf(zone: Pick<ZoneProperties, 'id' | 'kind' | 'parent'>, zones: ZoneLookup): ColorKey {
  let current = zone;
  const seen = new Set<string>();
  while (current.parent !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = zones.get(current.parent);
    if (!parent) break;
    current = parent;
  }
  if (current.kind === 'ftz-area') return current.id as ColorKey;
  const kind = zone.kind === 'ftz-part' || zone.kind === 'bonded-zone' ? current.kind : zone.kind;
  return isColorKey(kind) ? kind : 'reference-point';
}

export function zoneColor(zone: Pick<ZoneProperties, 'id' | 'kind' | 'parent'>, zones: ZoneLookup): string {
  return colorScale(colorKeyOf(zone, zones));
}

/** Zone id -> colour, for every zone in the collection. */
export function zoneColors(collection: ZoneCollection): Map<string, string> {
  const byId = new Map(collection.features.map((f) => [f.properties.id, f.properties]));
  return new Map([...byId.values()].map((zone) => [zone.id, zoneColor(zone, byId)]));
}

/** Kinds in the order the legend and lists show them: the schema's order, FTZ first. */
export const KIND_ORDER: readonly ZoneKind[] = ZONE_KINDS;
