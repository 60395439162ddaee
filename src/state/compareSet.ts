/** The part of the store this needs (not AppStore: fields.ts imports this file, and appState.ts imports fields.ts). */
interface CompareStore {
  get(): { compare: readonly string[]; compareFullNotices: number };
  update(patch: { compare: readonly string[] } | { compareFullNotices: number }): void;
}

/**
 * At most this many zones are compared: a table wider than that no longer reads as a comparison.
 * Declared here, not in fields.ts, so the maps' Shift+click needs only this small module.
 */
export const MAX_COMPARED = 8;

/** At most this many reference rows (another FTZ, or one of its areas) sit under the compared zones. */
export const MAX_REFERENCES = 6;

/** A reference: an FTZ's id (`shanghai`), or an FTZ's and one of its areas' (`shanghai.lingang`). */
export const REFERENCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/;

/**
 * The comparison set with `id` added (at the end) or, if it is in the set, removed. A full set is
 * returned unchanged: the visitor removes a zone first, rather than losing one they did not choose.
 */
export function toggledCompare(ids: readonly string[], id: string): readonly string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  return ids.length >= MAX_COMPARED ? ids : [...ids, id];
}

/**
 * Adds `id` to the comparison, or takes it out. Returns false when the set is full and nothing changed;
 * then `compareFullNotices` counts one more, so the status line can say why (the map's Shift+click and
 * search's Shift+Enter have no button of their own to show it).
 */
export function toggleCompared(store: CompareStore, id: string): boolean {
  const current = store.get().compare;
  const next = toggledCompare(current, id);
  if (next === current) {
    store.update({ compareFullNotices: store.get().compareFullNotices + 1 });
    return false;
  }
  store.update({ compare: next });
  return true;
}
