import { describe, expect, it } from 'vitest';
import { countPattern, syntheticPolygons } from '../../scripts/bench/features.mjs';
import { markdownTable, quantile, spread } from '../../scripts/bench/report.mjs';
import { summariseExports, summariseImports } from '../../scripts/bench/repeated.mjs';
import { pairRatios, styleVariants } from '../../scripts/bench/stylePages.mjs';

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

describe('repeated export and import runs', () => {
  const size4k = { width: 3840, height: 2160 };

  it('shows the median export with the worst run, and judges the target on the medians', () => {
    const [row] = summariseExports([
      { time: 1559, longestTask: 74, size: size4k },
      { time: 1972, longestTask: 282, size: size4k },
      { time: 1600, longestTask: 62, size: size4k },
    ]);
    expect(row![0]).toBe('Export PNG 3840×2160: time / longest task, median of 3');
    expect(row![1]).toBe('1600 ms (max 1972 ms) / 74 ms (max 282 ms)');
    expect(row![4]).toBe('yes');
    const [slow] = summariseExports([
      { time: 2500, longestTask: 74, size: size4k },
      { time: 2600, longestTask: 80, size: size4k },
    ]);
    expect(slow![4]).toBe('NO');
  });

  it('judges nothing when an export was not 4K or failed', () => {
    expect(summariseExports([{ time: 900, longestTask: 60, size: { width: 1920, height: 1080 } }])[0]![4]).toBe('');
    const [failed] = summariseExports([{ time: 900, longestTask: 60, size: size4k }, { error: 'no download' }]);
    expect(failed![0]).toContain('(1 failed)');
    expect(failed![4]).toBe('');
    expect(summariseExports([{ missing: true }])[0]![1]).toBe('not built yet');
  });

  it('gives each import size its medians and the growth from the smallest to the largest', () => {
    const runs = (status: number, time: number, longestTask: number) => [
      { status, time, longestTask },
      { status: status + 100, time: time + 100, longestTask: longestTask + 100 },
      { status: status + 50, time: time + 50, longestTask: longestTask + 10 },
    ];
    const rows = summariseImports(
      new Map([
        [1_000, runs(500, 1500, 100)],
        [10_000, runs(600, 1700, 190)],
        [50_000, runs(1300, 3000, 500)],
      ]),
      [1_000, 10_000, 50_000],
    );
    expect(rows).toHaveLength(4);
    expect(rows[1]![1]).toBe('650 ms / 1750 ms / 200 ms (max 290 ms)');
    expect(rows[1]![4]).toBe('yes');
    expect(rows[0]![4]).toBe('');
    expect(rows[3]![1]).toBe('2.0× time; 4.6× task (50× the polygons)');
  });

  it('says an import size was not built or failed instead of judging it', () => {
    const rows = summariseImports(
      new Map([
        [1_000, [{ missing: true }]],
        [10_000, [{ error: 'timed out' }]],
      ]),
      [1_000, 10_000],
    );
    expect(rows[0]![1]).toBe('not built yet');
    expect(rows[1]![1]).toBe('failed: timed out');
    expect(rows[2]![1]).toBe('not built yet');
  });
});

describe('the atlas-style pages (BENCH_STYLE_ONLY)', () => {
  it('reads the variants asked for, and refuses an unknown one', () => {
    expect(styleVariants(undefined)).toEqual([]);
    expect(styleVariants('0')).toEqual([]);
    expect(styleVariants('1')).toEqual(['full']);
    expect(styleVariants('full, no-labels')).toEqual(['full', 'no-labels']);
    expect(styleVariants('latin-labels,no-user')).toEqual(['latin-labels', 'no-user']);
    expect(() => styleVariants('nolabels')).toThrow(/unknown variant nolabels/);
  });

  it('takes the ratio of each pair, skipping pairs with a missing time', () => {
    const top = [{ t: 200 }, { t: 300 }, { t: null }, { t: 400 }];
    const bottom = [{ t: 100 }, { t: 100 }, { t: 100 }, { t: null }];
    expect(pairRatios(top, bottom, 't')).toBe('2.50× (p25–p75 2.25–2.75)');
    expect(pairRatios([], bottom, 't')).toBe('–');
  });
});
