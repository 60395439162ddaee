import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/appState';
import { toggleCompared, toggledCompare } from '../../src/state/compareSet';

describe('toggling a zone in the comparison', () => {
  it('adds at the end and removes where it is', () => {
    expect(toggledCompare(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggledCompare(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('leaves a full set alone and says so', () => {
    const full = Array.from({ length: 8 }, (_, i) => `z${i}`);
    const store = createAppStore({ compare: full });
    expect(toggleCompared(store, 'extra')).toBe(false);
    expect(store.get().compare).toEqual(full);
    expect(toggleCompared(store, 'z0')).toBe(true);
    expect(store.get().compare).toEqual(full.slice(1));
  });

  it('counts each refused addition, so the status line can say the set is full every time', () => {
    const full = Array.from({ length: 8 }, (_, i) => `z${i}`);
    const store = createAppStore({ compare: full });
    const notices: number[] = [];
    store.select(
      (state) => state.compareFullNotices,
      (count) => notices.push(count),
    );
    toggleCompared(store, 'extra');
    toggleCompared(store, 'extra');
    expect(notices).toEqual([1, 2]);
    // A removal, or an addition with room, is no notice.
    toggleCompared(store, 'z0');
    toggleCompared(store, 'extra');
    expect(notices).toEqual([1, 2]);
    expect(store.get().compareFullNotices).toBe(2);
  });
});
