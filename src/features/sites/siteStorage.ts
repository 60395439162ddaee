import { createStore, get, set, type UseStore } from 'idb-keyval';
import { DATUMS, type UserFeature } from '../../import/types';
import { isUserFeatureId } from '../../state/userFeatures';

/**
 * The visitor's imported features, kept in this browser's IndexedDB (a database of their own, via
 * idb-keyval), so a reload keeps them. Nothing leaves the browser. Every failure (IndexedDB missing or
 * blocked in a private window, the quota exceeded, a corrupt record) comes back as a typed result that
 * the page says on its status line; the features stay in memory either way.
 */

const DATABASE = 'ftz-atlas-imports';
const STORE = 'features';
/** One key for the whole list: imports are few, and one write keeps the list and its order consistent. */
const KEY = 'userFeatures/v1';

export type StorageProblem = 'unavailable' | 'quota' | 'failed';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem; detail: string };

export interface FeatureStorage {
  load(): Promise<StorageResult<UserFeature[]>>;
  save(features: readonly UserFeature[]): Promise<StorageResult<void>>;
}

/** What went wrong, in the three kinds the page tells apart. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  // No IndexedDB at all (ReferenceError), or one the browser refuses (private mode, blocked by policy).
  if (name === 'ReferenceError' || name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable';
  return 'failed';
}

const failure = (error: unknown): { ok: false; problem: StorageProblem; detail: string } => ({
  ok: false,
  problem: classifyStorageError(error),
  detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
});

const isRing = (ring: unknown) => Array.isArray(ring) && ring.length >= 4;
const isPolygonCoordinates = (rings: unknown) => Array.isArray(rings) && rings.length > 0 && rings.every(isRing);

/** A stored record that still has the shape the app draws (a newer or broken record is skipped). */
export function isStoredFeature(value: unknown): value is UserFeature {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as Partial<UserFeature>;
  const geometry = f.geometry;
  const shapeOk =
    geometry?.type === 'Polygon'
      ? isPolygonCoordinates(geometry.coordinates)
      : geometry?.type === 'MultiPolygon' &&
        Array.isArray(geometry.coordinates) &&
        geometry.coordinates.length > 0 &&
        geometry.coordinates.every(isPolygonCoordinates);
  return (
    typeof f.id === 'string' &&
    isUserFeatureId(f.id) &&
    typeof f.name === 'string' &&
    typeof f.fileName === 'string' &&
    typeof f.importedAt === 'string' &&
    (DATUMS as readonly string[]).includes(f.datum ?? '') &&
    typeof f.properties === 'object' &&
    f.properties !== null &&
    Object.values(f.properties).every((v) => typeof v === 'string') &&
    shapeOk
  );
}

/**
 * The storage of imports. `openStore` is idb-keyval's createStore by default; tests pass one that
 * fails. The database is opened on first use, not at import: a browser without IndexedDB throws there.
 */
export function createFeatureStorage(openStore: () => UseStore = () => createStore(DATABASE, STORE)): FeatureStorage {
  let store: UseStore | null = null;
  const use = () => (store ??= openStore());
  return {
    async load() {
      try {
        const stored: unknown = await get(KEY, use());
        const value = Array.isArray(stored) ? stored.filter(isStoredFeature) : [];
        return { ok: true, value };
      } catch (error) {
        return failure(error);
      }
    },
    async save(features) {
      try {
        await set(KEY, features, use());
        return { ok: true, value: undefined };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
