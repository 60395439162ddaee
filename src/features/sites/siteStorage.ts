import { createStore, del, getMany, set, type UseStore } from 'idb-keyval';
import { packFeatures, packedFeatures, packedPlace, type PackedFeatures } from '../../import/packed';
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
/**
 * One key for the whole list: imports are few, and one write keeps the list and its order consistent.
 * v1 held the features as objects: IndexedDB's structured clone of 50,000 of them took the page's
 * thread for about a second. v2 holds packs (src/import/packed.ts: typed arrays and one JSON string,
 * which clone as flat copies) and the list's order. A v1 record is read, and replaced by v2 on the
 * next save (the restore saves at once).
 */
const KEY_V1 = 'userFeatures/v1';
const KEY = 'userFeatures/v2';

/** The v2 record: the packs the features came from, and the list as (pack, index) pairs. */
interface StoredPacks {
  version: 2;
  packs: PackedFeatures[];
  /** pack, index, pack, index…: the list in its order. */
  order: Uint32Array;
}

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

/** The fields of a stored feature other than its geometry are what the app reads. */
function hasStoredFields(f: Partial<UserFeature>): boolean {
  return (
    typeof f.id === 'string' &&
    isUserFeatureId(f.id) &&
    typeof f.name === 'string' &&
    typeof f.fileName === 'string' &&
    typeof f.importedAt === 'string' &&
    (DATUMS as readonly string[]).includes(f.datum ?? '') &&
    typeof f.properties === 'object' &&
    f.properties !== null &&
    Object.values(f.properties).every((v) => typeof v === 'string')
  );
}

/** A stored v1 record that still has the shape the app draws (a newer or broken record is skipped). */
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
  return hasStoredFields(f) && shapeOk;
}

/** The list as packs: the packs its features came from (features not packed become one more pack). */
export function toStored(features: readonly UserFeature[]): StoredPacks {
  const packs: PackedFeatures[] = [];
  const packIndex = new Map<PackedFeatures, number>();
  const order = new Uint32Array(features.length * 2);
  const loose: number[] = [];
  features.forEach((feature, i) => {
    const place = packedPlace(feature);
    if (!place) return loose.push(i);
    let p = packIndex.get(place.pack);
    if (p === undefined) packIndex.set(place.pack, (p = packs.push(place.pack) - 1));
    order[i * 2] = p;
    order[i * 2 + 1] = place.index;
  });
  if (loose.length > 0) {
    const p = packs.push(packFeatures(loose.map((i) => features[i]!))) - 1;
    loose.forEach((i, index) => order.set([p, index], i * 2));
  }
  return { version: 2, packs, order };
}

const ARRAYS = {
  coordinates: Float64Array,
  ringEnds: Uint32Array,
  polygonEnds: Uint32Array,
  featureEnds: Uint32Array,
  multi: Uint8Array,
  bboxes: Float64Array,
} as const;

/** The offsets of a stored pack are consistent: each run of ends grows and stays inside what it indexes. */
function offsetsFit(pack: PackedFeatures): boolean {
  const { coordinates, ringEnds, polygonEnds, featureEnds, multi, bboxes } = pack;
  const n = featureEnds.length;
  if (multi.length !== n || bboxes.length !== n * 4) return false;
  const growing = (ends: Uint32Array, last: number, minStep: number) =>
    ends.length > 0 || last === 0
      ? ends.every((end, i) => end - (i === 0 ? 0 : ends[i - 1]!) >= minStep) && (ends.at(-1) ?? 0) === last
      : false;
  return (
    growing(ringEnds, coordinates.length / 2, 4) &&
    growing(polygonEnds, ringEnds.length, 1) &&
    growing(featureEnds, polygonEnds.length, 1)
  );
}

/** The features of a stored pack, or none when it is not a pack this app wrote (a newer or broken one). */
function featuresOfPack(value: unknown): UserFeature[] {
  if (typeof value !== 'object' || value === null) return [];
  // Only the fields this app reads: a pack saved before 7 Dec 2026 also holds the map's GeoJSON text
  // (mapText, mapTextEnds), which the map no longer reads; the next save leaves it out.
  const { coordinates, ringEnds, polygonEnds, featureEnds, multi, bboxes, meta } = value as PackedFeatures;
  const pack: PackedFeatures = { coordinates, ringEnds, polygonEnds, featureEnds, multi, bboxes, meta };
  const typed = Object.entries(ARRAYS).every(([key, type]) => pack[key as keyof typeof ARRAYS] instanceof type);
  if (!typed || typeof pack.meta !== 'string' || !offsetsFit(pack)) return [];
  try {
    const features = packedFeatures(pack);
    // The geometry is not read here (that would decode every one): the offsets were checked above.
    return features.length === pack.featureEnds.length && features.every(hasStoredFields) ? features : [];
  } catch {
    return [];
  }
}

/** The list a v2 record holds; features of a broken pack are skipped. */
function fromStored(stored: unknown): UserFeature[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const { packs, order } = stored as Partial<StoredPacks>;
  if (!Array.isArray(packs) || !(order instanceof Uint32Array)) return [];
  const unpacked = packs.map(featuresOfPack);
  const list: UserFeature[] = [];
  for (let i = 0; i + 1 < order.length; i += 2) {
    const feature = unpacked[order[i]!]?.[order[i + 1]!];
    if (feature) list.push(feature);
  }
  return list;
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
        const [stored, old] = ((await getMany([KEY, KEY_V1], use())) ?? []) as unknown[];
        if (stored !== undefined) return { ok: true, value: fromStored(stored) };
        const value = Array.isArray(old) ? old.filter(isStoredFeature) : [];
        return { ok: true, value };
      } catch (error) {
        return failure(error);
      }
    },
    async save(features) {
      try {
        await set(KEY, toStored(features), use());
        await del(KEY_V1, use());
        return { ok: true, value: undefined };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
