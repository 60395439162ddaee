import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value.features.map((f) => f.properties);

/** Pairs of English prose and its Chinese counterpart, for every zone that has the English. */
const proseFields = [
  ['area_scope', 'area_scope_zh'],
  ['location_note', 'location_note_zh'],
] as const;
const pairs = zones.flatMap((zone) =>
  proseFields.flatMap(([en, zh]) =>
    zone[en] === undefined ? [] : [{ where: `${zone.id}.${zh}`, en: zone[en], zh: zone[zh] }],
  ),
);

const CJK = /[\u4e00-\u9fff]/;
/** Figures with a decimal point: areas (1.05, 5.466) and coordinates (40.0801). */
const decimals = (text: string): string[] => [...text.matchAll(/\d+\.\d+/g)].map((m) => m[0]);

describe('the Chinese text of the zones', () => {
  it('gives every zone its area scope in Chinese, and every placement note', () => {
    expect(zones).toHaveLength(25);
    expect(pairs.filter((p) => p.where.endsWith('area_scope_zh'))).toHaveLength(25);
    expect(pairs.filter((p) => p.where.endsWith('location_note_zh')).length).toBeGreaterThanOrEqual(20);
    for (const { where, zh } of pairs) {
      expect(zh, where).toBeTruthy();
      expect(CJK.test(zh ?? ''), where).toBe(true);
    }
  });

  it('keeps every decimal figure of the English text', () => {
    const missing = pairs.flatMap(({ where, en, zh }) =>
      decimals(en)
        .filter((figure) => !decimals(zh ?? '').includes(figure))
        .map((figure) => `${where}: ${figure}`),
    );
    expect(missing).toEqual([]);
    // The gap nobody explains is stated in both languages.
    const ibs = zones.find((z) => z.id === 'international-business-services-area')!;
    expect(ibs.area_scope_zh).toMatch(/1\.05平方公里/);
  });

  it('keeps the caveats: what is not published or not retrieved says so in Chinese too', () => {
    const dropped = pairs.flatMap(({ where, en, zh }) => [
      ...(/not published/.test(en) && !/未公布/.test(zh ?? '') ? [`${where}: not published`] : []),
      ...(/not retrieved/.test(en) && !/未能获取/.test(zh ?? '') ? [`${where}: not retrieved`] : []),
      ...(/indicative/.test(en) && !/示意/.test(zh ?? '') ? [`${where}: indicative`] : []),
    ]);
    expect(dropped).toEqual([]);
  });

  it('uses the official Chinese names', () => {
    const scope = (id: string) => zones.find((z) => z.id === id)!.area_scope_zh;
    expect(scope('capital-airport-part')).toContain('天竺综合保税区');
    expect(scope('jinzhan-part')).toContain('金盏国际合作服务区');
    expect(scope('zhongguancun-science-city-part')).toContain('翠湖科技园');
  });
});
