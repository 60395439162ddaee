import { describe, expect, it } from 'vitest';
import { countPattern, syntheticPolygons } from '../../scripts/bench/features.mjs';
import { markdownTable, quantile, spread } from '../../scripts/bench/report.mjs';

// The benchmark's pure helpers (npm run bench, issue #12). Its timings are never asserted anywhere.

describe('the import status pattern', () => {
  const names = (count: number, text: string) => new RegExp(countPattern(count)).test(text);

  it('finds the count written with or without thousands separators', () => {
    for (const text of [
      'Imported 10000 polygons',
      'Imported 10,000 polygons',
      '已导入 10 000 个',
      '10\u202f000 shapes',
    ]) {
      expect(names(10_000, text), text).toBe(true);
    }
    expect(names(1_000, 'Imported 1,000 polygons')).toBe(true);
  });

  it('does not take a larger or smaller number for the count', () => {
    expect(names(1_000, 'Imported 10,000 polygons')).toBe(false);
    expect(names(10_000, 'Imported 100,000 polygons')).toBe(false);
    expect(names(10_000, 'Imported 1,000 polygons')).toBe(false);
  });
});

describe('synthetic polygons', () => {
  it('makes the number asked for, closed squares with distinct ids, the same every time', () => {
    const collection = syntheticPolygons(1_000);
    expect(collection.features).toHaveLength(1_000);
    expect(new Set(collection.features.map((f) => f.properties?.['id'])).size).toBe(1_000);
    for (const { geometry } of collection.features) {
      const ring = geometry.coordinates[0]!;
      expect(ring).toHaveLength(5);
      expect(ring[4]).toEqual(ring[0]);
    }
    expect(syntheticPolygons(1_000)).toEqual(collection);
  });
});

describe('report', () => {
  it('interpolates quantiles between sorted values', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([...Array(101).keys()], 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('prints the median with min–max and n', () => {
    expect(spread([1200, 1000, 1100.4])).toBe('1100 ms (1000–1200, n=3)');
  });

  it('escapes pipes in markdown cells', () => {
    expect(markdownTable([['a|b', '1', '', '', '']]).split('\n')[2]).toBe('| a\\|b | 1 |  |  |  |');
  });
});
