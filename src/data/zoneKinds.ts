/**
 * The kinds of zone the data knows, in the order the legend and the layer switches list them. A module
 * of its own, without zod, so the first load can use the list without the schema (see load.ts).
 */
export const ZONE_KINDS = [
  'ftz-area',
  'ftz-part',
  'bonded-zone',
  'demo-zone',
  'demo-park',
  'airport-zone',
  'reference-point',
] as const;

export type ZoneKind = (typeof ZONE_KINDS)[number];
