import type { UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, createFeatureStorage, isStoredFeature } from '../../src/features/sites/siteStorage';
import { packFeatures, packedFeatures } from '../../src/import/packed';
import { square } from './userFeatureFixtures';
import type { UserFeature } from '../../src/import/types';
import type { StorageResult } from '../../src/features/sites/siteStorage';

/** A load's result with each feature as plain JSON (features read from a pack decode on demand). */
const plainly = (result: StorageResult<UserFeature[]>) =>
  JSON.parse(JSON.stringify(result)) as StorageResult<UserFeature[]>;

/** An idb-keyval store over a Map: what get/set/del do with a real object store, without IndexedDB. */
function memoryStore(data = new Map<IDBValidKey, unknown>()): UseStore {
  const request = <T>(result: T) => {
    const req = { result, error: null, oncomplete: null, onsuccess: null, onerror: null } as unknown as IDBRequest<T>;
    // idb-keyval sets onsuccess (or oncomplete, for a transaction) after the call returns.
    setTimeout(() => (req.onsuccess as ((e: Event) => void) | null)?.(new Event('success')));
    return req;
  };
  const objectStore = {
    get: (key: IDBValidKey) => request(data.get(key)),
    put: (value: unknown, key: IDBValidKey) => {
      data.set(key, structuredClone(value));
      return request(key);
    },
    delete: (key: IDBValidKey) => {
      data.delete(key);
      return request(undefined);
    },
    // A fresh transaction per use, settling after idb-keyval has listened to it.
    get transaction() {
      return request(undefined);
    },
  } as unknown as IDBObjectStore;
  return async (_mode, callback) => callback(objectStore);
}

/** A store whose every use fails as a browser fails: quota exceeded, private mode, or no IndexedDB. */
const failingStore =
  (error: unknown): UseStore =>
  () =>
    Promise.reject(error);

describe('feature storage', () => {
  it('saves and loads the list', async () => {
    const store = memoryStore();
    const storage = createFeatureStorage(() => store);
    const features = [square('user-a'), square('user-b')];
    expect(await storage.save(features)).toEqual({ ok: true, value: undefined });
    expect(plainly(await storage.load())).toEqual({ ok: true, value: features });
  });

  it('loads an empty list when nothing was saved', async () => {
    expect(await createFeatureStorage(memoryStore).load()).toEqual({ ok: true, value: [] });
  });

  it('reports a full quota on save as "quota", with the browser’s words', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const result = await createFeatureStorage(() => failingStore(quota)).save([square('user-a')]);
    expect(result).toEqual({ ok: false, problem: 'quota', detail: 'QuotaExceededError: The quota has been exceeded.' });
  });

  it('reports private mode (InvalidStateError) on load as "unavailable"', async () => {
    const blocked = new DOMException('A mutation operation was attempted', 'InvalidStateError');
    const result = await createFeatureStorage(() => failingStore(blocked)).load();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe('unavailable');
  });

  it('reports a browser without IndexedDB (opening the store throws) as "unavailable", not as an exception', async () => {
    const storage = createFeatureStorage(() => {
      throw new ReferenceError('indexedDB is not defined');
    });
    await expect(storage.load()).resolves.toMatchObject({ ok: false, problem: 'unavailable' });
    await expect(storage.save([])).resolves.toMatchObject({ ok: false, problem: 'unavailable' });
  });

  it('classifies other errors as "failed"', () => {
    expect(classifyStorageError(new Error('disk on fire'))).toBe('failed');
    expect(classifyStorageError('a string')).toBe('failed');
  });

  it('reads a v1 record (the features as objects), skipping what the app cannot draw, and replaces it with v2 on save', async () => {
    const data = new Map<IDBValidKey, unknown>();
    const storage = createFeatureStorage(() => memoryStore(data));
    const good = square('user-a');
    const bad = [
      { ...square('user-b'), id: 'cbd' },
      { ...square('user-c'), datum: 'mars' },
      { ...square('user-d'), geometry: { type: 'Point', coordinates: [116, 40] } },
      { ...square('user-e'), properties: { x: 1 } },
      null,
      'text',
    ];
    data.set('userFeatures/v1', [good, ...bad]);
    const loaded = await storage.load();
    expect(loaded).toEqual({ ok: true, value: [good] });
    expect(isStoredFeature(good)).toBe(true);
    await storage.save(loaded.ok ? loaded.value : []);
    expect([...data.keys()]).toEqual(['userFeatures/v2']);
    expect(plainly(await storage.load())).toEqual({ ok: true, value: [good] });
  });

  it('stores packs, not feature objects: typed arrays and one JSON string', async () => {
    const data = new Map<IDBValidKey, unknown>();
    const features = packedFeatures(packFeatures([square('user-a'), square('user-b', 'b', 116.6)]));
    await createFeatureStorage(() => memoryStore(data)).save(features);
    const stored = data.get('userFeatures/v2') as { packs: Record<string, unknown>[]; order: Uint32Array };
    expect(stored.packs).toHaveLength(1);
    expect(stored.packs[0]!['coordinates']).toBeInstanceOf(Float64Array);
    expect(typeof stored.packs[0]!['meta']).toBe('string');
    expect([...stored.order]).toEqual([0, 0, 0, 1]);
  });

  it('reads a pack saved with the map’s GeoJSON text (before the tiles), and saves it again without', async () => {
    const data = new Map<IDBValidKey, unknown>();
    const storage = createFeatureStorage(() => memoryStore(data));
    const features = packedFeatures(packFeatures([square('user-a')]));
    await storage.save(features);
    const stored = data.get('userFeatures/v2') as { packs: Record<string, unknown>[] };
    Object.assign(stored.packs[0]!, { mapText: new Uint8Array(3), mapTextEnds: new Uint32Array([3]) });
    const loaded = await storage.load();
    expect(plainly(loaded)).toEqual(plainly({ ok: true, value: features }));
    await storage.save(loaded.ok ? loaded.value : []);
    expect(Object.keys((data.get('userFeatures/v2') as typeof stored).packs[0]!)).not.toContain('mapText');
  });

  it('keeps the list’s order across packs, removed features and features not packed', async () => {
    const storage = createFeatureStorage(() => memoryStore());
    const first = packedFeatures(packFeatures([square('user-a'), square('user-b'), square('user-c')]));
    const second = packedFeatures(packFeatures([square('user-d'), square('user-e')]));
    const list = [second[1]!, first[0]!, square('user-loose'), first[2]!, second[0]!];
    await storage.save(list);
    const loaded = await storage.load();
    expect(loaded.ok && loaded.value.map((f) => f.id)).toEqual(['user-e', 'user-a', 'user-loose', 'user-c', 'user-d']);
    expect(plainly(loaded)).toEqual(plainly({ ok: true, value: list }));
  });

  it('skips a stored pack whose offsets or fields are broken, and keeps the others', async () => {
    const data = new Map<IDBValidKey, unknown>();
    const storage = createFeatureStorage(() => memoryStore(data));
    const good = packedFeatures(packFeatures([square('user-a')]));
    const broken = packFeatures([square('user-b'), square('user-c')]);
    const list = [...good, ...packedFeatures(broken)];
    broken.ringEnds[1] = 99;
    await storage.save(list);
    expect(plainly(await storage.load())).toEqual(plainly({ ok: true, value: good }));
    const badFields = packFeatures([square('user-d')]);
    badFields.meta = badFields.meta.replace('"user-d"', '"cbd"');
    await storage.save([...good, ...packedFeatures(badFields)]);
    expect(plainly(await storage.load())).toEqual(plainly({ ok: true, value: good }));
    data.set('userFeatures/v2', { version: 3, somethingElse: true });
    expect(await storage.load()).toEqual({ ok: true, value: [] });
  });
});
