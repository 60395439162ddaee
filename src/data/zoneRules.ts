import { MAX_BOUNDS } from '../config';
import type { ZoneFeature, ZoneGeometry, ZoneProperties } from './schema';

/** A broken rule between features: which feature, which field, and what is wrong. */
export interface RuleViolation {
  featureId: string;
  field: string;
  problem: string;
}

type Rule = (features: readonly ZoneFeature[], byId: ReadonlyMap<string, ZoneProperties>) => RuleViolation[];

const violation = (featureId: string, field: string, problem: string): RuleViolation => ({ featureId, field, problem });

function positions(geometry: ZoneGeometry): [number, number][] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'Polygon') return geometry.coordinates.flat();
  return geometry.coordinates.flat(2);
}

const uniqueIds: Rule = (features) => {
  const seen = new Set<string>();
  return features.flatMap(({ properties: { id } }) => {
    if (seen.has(id)) return [violation(id, 'id', 'the id is used twice')];
    seen.add(id);
    return [];
  });
};

/** The map looks features up by `properties.id`; a different top-level id would confuse hover and links. */
const matchingFeatureIds: Rule = (features) =>
  features.flatMap((f) =>
    f.id !== undefined && f.id !== f.properties.id
      ? [violation(f.properties.id, 'id', `the feature id "${f.id}" differs from properties.id`)]
      : [],
  );

const referencesExist: Rule = (features, byId) =>
  features.flatMap(({ properties: p }) => {
    const missing = (field: string, id: string) =>
      violation(p.id, field, `${field} "${id}" is not a zone in this file`);
    const found: RuleViolation[] = [];
    if (p.parent !== null && !byId.has(p.parent)) found.push(missing('parent', p.parent));
    if (p.same_outline_as !== undefined && !byId.has(p.same_outline_as)) {
      found.push(missing('same_outline_as', p.same_outline_as));
    }
    p.parks?.forEach((park, i) => {
      if (park.zone !== undefined && !byId.has(park.zone)) found.push(missing(`parks.${i}.zone`, park.zone));
    });
    if (p.parent === p.id || p.same_outline_as === p.id) found.push(violation(p.id, 'parent', 'refers to itself'));
    return found;
  });

const noParentCycles: Rule = (features, byId) =>
  features.flatMap(({ properties: p }) => {
    const seen = new Set([p.id]);
    for (let next = p.parent; next !== null; next = byId.get(next)?.parent ?? null) {
      if (seen.has(next)) return [violation(p.id, 'parent', 'its chain of parents loops back on itself')];
      seen.add(next);
    }
    return [];
  });

const pointOutlinesArePoints: Rule = (features) =>
  features.flatMap(({ properties: p, geometry }) =>
    (p.outline === 'point') !== (geometry.type === 'Point')
      ? [violation(p.id, 'outline', `outline "${p.outline}" does not match a ${geometry.type} geometry`)]
      : [],
  );

const bilingualListsMatch: Rule = (features) =>
  features.flatMap(({ properties: p }) => {
    const pairs: [string, readonly string[] | undefined, readonly string[] | undefined][] = [
      ['focus_zh', p.focus_en, p.focus_zh],
      ['sectors_zh', p.sectors_en, p.sectors_zh],
    ];
    return pairs.flatMap(([field, en, zh]) =>
      (en?.length ?? 0) !== (zh?.length ?? 0)
        ? [violation(p.id, field, `has ${zh?.length ?? 0} entries, but the English list has ${en?.length ?? 0}`)]
        : [],
    );
  });

/** Optional prose given in English needs its Chinese counterpart, or the Chinese interface shows English. */
const bilingualNotesMatch: Rule = (features) =>
  features.flatMap(({ properties: p }) => {
    const found: RuleViolation[] = [];
    if (p.location_note !== undefined && p.location_note_zh === undefined) {
      found.push(violation(p.id, 'location_note_zh', 'is missing, but location_note is given'));
    }
    if (p.location_note_zh !== undefined && p.location_note === undefined) {
      found.push(violation(p.id, 'location_note', 'is missing, but location_note_zh is given'));
    }
    return found;
  });

/** FTZ parts hang under an FTZ area, and everything under an FTZ area is inside the FTZ. */
const ftzMembership: Rule = (features, byId) =>
  features.flatMap(({ properties: p }) => {
    const parent = p.parent === null ? undefined : byId.get(p.parent);
    if (p.kind === 'ftz-part' && parent?.kind !== 'ftz-area' && parent?.kind !== 'ftz-part') {
      return [violation(p.id, 'parent', 'an FTZ part needs an FTZ area (or part) as its parent')];
    }
    let ancestor = parent;
    const seen = new Set<string>();
    while (ancestor && ancestor.kind !== 'ftz-area' && !seen.has(ancestor.id)) {
      seen.add(ancestor.id);
      ancestor = ancestor.parent === null ? undefined : byId.get(ancestor.parent);
    }
    const insideFtzArea = p.kind === 'ftz-area' || p.kind === 'ftz-part' || ancestor?.kind === 'ftz-area';
    return insideFtzArea && !p.in_ftz ? [violation(p.id, 'in_ftz', 'lies in an FTZ area, so in_ftz must be true')] : [];
  });

/** A zone outside the map's pannable bounds could never be seen (or has swapped lon/lat). */
const insideMapBounds: Rule = (features) => {
  const [[west, south], [east, north]] = MAX_BOUNDS;
  return features.flatMap(({ properties: p, geometry }) =>
    positions(geometry).some(([x, y]) => x < west || x > east || y < south || y > north)
      ? [violation(p.id, 'geometry', 'has a coordinate outside the map’s bounds (swapped lon/lat?)')]
      : [],
  );
};

const RULES: Rule[] = [
  uniqueIds,
  matchingFeatureIds,
  referencesExist,
  noParentCycles,
  pointOutlinesArePoints,
  bilingualListsMatch,
  bilingualNotesMatch,
  ftzMembership,
  insideMapBounds,
];

/** Every rule between the features of a schema-valid zones file; an empty list means they agree. */
export function zoneRuleViolations(features: readonly ZoneFeature[]): RuleViolation[] {
  const byId = new Map(features.map((f) => [f.properties.id, f.properties]));
  return RULES.flatMap((rule) => rule(features, byId));
}
