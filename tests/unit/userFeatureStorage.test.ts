import type { UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, createFeatureStorage, isStoredFeature } from '../../src/features/sites/siteStorage';
import { square } from './userFeatureFixtures';

/** An idb-keyval store over a Map: what get/set do with a real object store, without IndexedDB. */
function memoryStore(): UseStore {
  const data = new Map<IDBValidKey, unknown>();
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
    expect(await storage.load()).toEqual({ ok: true, value: features });
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

  it('skips stored records that are not features the app can draw', async () => {
    const store = memoryStore();
    const storage = createFeatureStorage(() => store);
    const good = square('user-a');
    const bad = [
      { ...square('user-b'), id: 'cbd' },
      { ...square('user-c'), datum: 'mars' },
      { ...square('user-d'), geometry: { type: 'Point', coordinates: [116, 40] } },
      { ...square('user-e'), properties: { x: 1 } },
      null,
      'text',
    ];
    await storage.save([good, ...bad] as never);
    expect(await storage.load()).toEqual({ ok: true, value: [good] });
    expect(isStoredFeature(good)).toBe(true);
  });
});
