import type { AppStore } from './appState';
import { MAX_COMPARED } from './fields';

/**
 * The comparison set with `id` added (at the end) or, if it is in the set, removed. A full set is
 * returned unchanged: the visitor removes a zone first, rather than losing one they did not choose.
 */
export function toggledCompare(ids: readonly string[], id: string): readonly string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  return ids.length >= MAX_COMPARED ? ids : [...ids, id];
}

/** Adds `id` to the comparison, or takes it out. Returns false when the set is full and nothing changed. */
export function toggleCompared(store: AppStore, id: string): boolean {
  const current = store.get().compare;
  const next = toggledCompare(current, id);
  if (next === current) return false;
  store.update({ compare: next });
  return true;
}
