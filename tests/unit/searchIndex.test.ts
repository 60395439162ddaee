import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ALIASES } from '../../src/data/aliases';
import type { ZoneCollection, ZoneFeature } from '../../src/data/schema';
import { buildSearchIndex, normalize, searchZones } from '../../src/data/searchIndex';
import { validateZones } from '../../src/data/validate';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const index = buildSearchIndex(zones, BUILT_IN_ALIASES);
const topId = (query: string) => searchZones(index, query)[0]?.id;

/** A zone for fixtures: only the fields search reads matter. */
function zone(id: string, name_en: string, name_zh: string, extra: Record<string, unknown> = {}): ZoneFeature {
  const template = zones.features[0]!;
  return { ...template, properties: { ...template.properties, id, name_en, name_zh, ...extra } };
}

describe('normalize', () => {
  it('ignores case, accents, width and punctuation', () => {
    expect(normalize('E-Town')).toBe('e town');
    expect(normalize('  Ｅ－Ｔｏｗｎ ')).toBe('e town');
    expect(normalize('Zhōngguāncūn')).toBe('zhongguancun');
    expect(normalize('北京（CBD）')).toBe('北京 cbd');
  });
});

describe('searchZones', () => {
  it('finds zones by English name, Chinese name and alias', () => {
    expect(topId('Sci-Tech Innovation')).toBe('sci-tech-innovation-area');
    expect(topId('高端产业片区')).toBe('high-end-industry-area');
    expect(topId('CBD')).toBe('cbd-part');
    expect(topId('Yizhuang')).toBe('yizhuang-part');
    expect(topId('亦庄')).toBe('yizhuang-part');
    expect(topId('Zhongguancun')).toBe('zhongguancun-science-city-part');
    expect(topId('天竺')).toBe('capital-airport-part');
  });

  it('resolves Tianzhu to the Capital Airport part while no zone is named Tianzhu', () => {
    const [hit] = searchZones(index, 'tianzhu');
    expect(hit).toMatchObject({ id: 'capital-airport-part', matched: 'Tianzhu', source: 'built-in alias' });
  });

  it('ranks a zone named Tianzhu above a built-in alias once such a zone exists', () => {
    const withCbz: ZoneCollection = {
      ...zones,
      features: [...zones.features, zone('tianzhu-cbz', 'Tianzhu Comprehensive Bonded Zone', '天竺综合保税区')],
    };
    const hits = searchZones(buildSearchIndex(withCbz, BUILT_IN_ALIASES), 'Tianzhu');
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual(['tianzhu-cbz', 'capital-airport-part']);
  });

  it('uses the aliases a zone carries in the data', () => {
    const data: ZoneCollection = {
      ...zones,
      features: [zone('jinzhan-part', 'Jinzhan part', '金盏', { aliases: ['Fourth Embassy Area'] })],
    };
    expect(searchZones(buildSearchIndex(data), 'embassy')[0]).toMatchObject({ id: 'jinzhan-part', source: 'alias' });
  });

  it('ignores aliases that are not a list of strings', () => {
    const data: ZoneCollection = { ...zones, features: [zone('odd', 'Odd zone', '奇', { aliases: 'CBD' })] };
    expect(searchZones(buildSearchIndex(data), 'CBD')).toEqual([]);
  });

  it('puts whole-name and prefix matches above matches inside a word', () => {
    const data: ZoneCollection = {
      ...zones,
      features: [zone('b', 'Old Daxing town', '旧城'), zone('a', 'Daxing', '大兴')],
    };
    expect(searchZones(buildSearchIndex(data), 'daxing').map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('returns nothing for a blank query or one that matches nothing, and honours the limit', () => {
    expect(searchZones(index, '   ')).toEqual([]);
    expect(searchZones(index, 'Shanghai')).toEqual([]);
    expect(searchZones(index, 'a', 3)).toHaveLength(3);
  });

  it('only ships built-in aliases for zones that exist', () => {
    const ids = new Set(zones.features.map((f) => f.properties.id));
    for (const id of Object.keys(BUILT_IN_ALIASES)) expect(ids, id).toContain(id);
  });
});
