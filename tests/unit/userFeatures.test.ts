import { describe, expect, it } from 'vitest';
import {
  dropMissingUserIds,
  isUserFeatureId,
  mergeUserFeatures,
  removeUserFeature,
} from '../../src/state/userFeatures';
import { square } from './userFeatureFixtures';

describe('mergeUserFeatures', () => {
  it('appends new features in their order and reports them as added', () => {
    const a = square('user-a');
    const { features, added } = mergeUserFeatures([a], [square('user-b'), square('user-c')]);
    expect(features.map((f) => f.id)).toEqual(['user-a', 'user-b', 'user-c']);
    expect(added.map((f) => f.id)).toEqual(['user-b', 'user-c']);
  });

  it('does not duplicate a re-imported feature, and keeps the first copy', () => {
    const first = square('user-a');
    const again = { ...square('user-a'), importedAt: '2026-11-24T08:00:00.000Z' };
    const result = mergeUserFeatures([first], [again]);
    expect(result.features).toHaveLength(1);
    expect(result.features[0]).toBe(first);
    expect(result.added).toEqual([]);
  });

  it('returns the same list when nothing is new (so the store sees no change)', () => {
    const list = [square('user-a')];
    expect(mergeUserFeatures(list, [square('user-a')]).features).toBe(list);
  });

  it('drops duplicates within one import', () => {
    const { features } = mergeUserFeatures([], [square('user-a'), square('user-a'), square('user-b')]);
    expect(features.map((f) => f.id)).toEqual(['user-a', 'user-b']);
  });
});

describe('removeUserFeature', () => {
  it('removes by id and leaves the rest in order', () => {
    const list = [square('user-a'), square('user-b'), square('user-c')];
    expect(removeUserFeature(list, 'user-b').map((f) => f.id)).toEqual(['user-a', 'user-c']);
  });

  it('returns the same list for an unknown id', () => {
    const list = [square('user-a')];
    expect(removeUserFeature(list, 'user-z')).toBe(list);
  });
});

describe('dropMissingUserIds', () => {
  const features = [square('user-a')];

  it('drops compared and selected imports that do not exist, and keeps zones', () => {
    expect(dropMissingUserIds({ selectedId: 'user-gone', compare: ['cbd', 'user-a', 'user-gone'] }, features)).toEqual({
      selectedId: null,
      compare: ['cbd', 'user-a'],
    });
  });

  it('changes nothing when every id is there (an empty patch)', () => {
    expect(dropMissingUserIds({ selectedId: 'user-a', compare: ['cbd', 'user-a'] }, features)).toEqual({});
    expect(dropMissingUserIds({ selectedId: 'cbd', compare: ['daxing'] }, [])).toEqual({});
  });
});

describe('isUserFeatureId', () => {
  it('tells imported ids from zone ids', () => {
    expect(isUserFeatureId('user-3f2a')).toBe(true);
    expect(isUserFeatureId('cbd')).toBe(false);
    expect(isUserFeatureId('tianzhu-cbz')).toBe(false);
  });
});
