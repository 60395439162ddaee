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
});
