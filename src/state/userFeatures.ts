import type { UserFeature } from '../import/types';

/**
 * The visitor's imported features as a pure list: adding (ids stay unique, so importing the same file
 * twice adds nothing), removing, and reconciling the ids a link or the comparison names with the
 * features that exist. No DOM, no storage: the import panel and the storage module call these.
 */

/** Imported features have ids `user-…`; zone ids never start so (zone slugs name places). */
export const USER_ID_PREFIX = 'user-';
export const isUserFeatureId = (id: string): boolean => id.startsWith(USER_ID_PREFIX);

/** The result of adding: the new list, and which of the incoming features were new. */
export interface MergeResult {
  features: readonly UserFeature[];
  added: readonly UserFeature[];
}

/**
 * `existing` with the features of `incoming` whose id it does not hold yet, appended in their order.
 * The id is a hash of geometry and name, so a re-import of the same feature keeps the first copy
 * (and its import date) and the list does not grow.
 */
export function mergeUserFeatures(existing: readonly UserFeature[], incoming: readonly UserFeature[]): MergeResult {
  const seen = new Set(existing.map((feature) => feature.id));
  const added: UserFeature[] = [];
  for (const feature of incoming) {
    if (seen.has(feature.id)) continue;
    seen.add(feature.id);
    added.push(feature);
  }
  return { features: added.length === 0 ? existing : [...existing, ...added], added };
}

/** `features` without the one with `id` (the same list when there is none). */
export function removeUserFeature(features: readonly UserFeature[], id: string): readonly UserFeature[] {
  return features.some((feature) => feature.id === id) ? features.filter((feature) => feature.id !== id) : features;
}

/** The parts of the state that name features by id. */
export interface FeatureReferences {
  selectedId: string | null;
  compare: readonly string[];
}

/**
 * The changes that drop references to imported features that are not in `features` (after a remove,
 * or after the restore did not bring them back). Zone ids are left alone. Empty when nothing changes.
 */
export function dropMissingUserIds(
  references: FeatureReferences,
  features: readonly UserFeature[],
): Partial<FeatureReferences> {
  const ids = new Set(features.map((feature) => feature.id));
  const missing = (id: string) => isUserFeatureId(id) && !ids.has(id);
  const patch: Partial<FeatureReferences> = {};
  if (references.selectedId !== null && missing(references.selectedId)) patch.selectedId = null;
  if (references.compare.some(missing)) patch.compare = references.compare.filter((id) => !missing(id));
  return patch;
}
