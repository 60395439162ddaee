import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/state/store';

describe('createStore', () => {
  it('notifies subscribers with the new and previous state', () => {
    const store = createStore({ selectedId: null as string | null, count: 0 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ selectedId: 'cbd-part' });
    expect(store.get().selectedId).toBe('cbd-part');
    expect(listener).toHaveBeenCalledWith({ selectedId: 'cbd-part', count: 0 }, { selectedId: null, count: 0 });
  });

  it('stays quiet when nothing changes', () => {
    const store = createStore({ selectedId: 'a' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ selectedId: 'a' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops notifying after unsubscribe', () => {
    const store = createStore({ n: 0 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.update({ n: 1 });
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('store.select', () => {
  it('calls the listener only when its slice changes, with the new and previous slice', () => {
    const store = createStore({ language: 'en', hovered: null as string | null });
    const listener = vi.fn();
    store.select((state) => state.language, listener);
    store.update({ hovered: 'cbd-part' });
    expect(listener).not.toHaveBeenCalled();
    store.update({ language: 'zh' });
    expect(listener).toHaveBeenCalledWith('zh', 'en');
  });

  it('compares a slice of several fields element by element', () => {
    const store = createStore({ a: 1, b: 2, c: 3 });
    const listener = vi.fn();
    store.select((state) => [state.a, state.b], listener);
    store.update({ c: 4 });
    expect(listener).not.toHaveBeenCalled();
    store.update({ b: 5 });
    expect(listener).toHaveBeenCalledWith([1, 5], [1, 2]);
  });

  it('stops after unsubscribe, even when the same function was subscribed twice', () => {
    const store = createStore({ n: 0 });
    const listener = vi.fn();
    const first = store.select((state) => state.n, listener);
    store.select((state) => state.n, listener);
    first();
    store.update({ n: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
