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
