import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ZoneCollection, ZoneFeature } from '../../src/data/schema';
import { buildSearchIndex, normalize, searchZones } from '../../src/data/searchIndex';
import { validateZones } from '../../src/data/validate.lazy';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const index = buildSearchIndex(zones);
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
    expect(topId('天竺')).toBe('tianzhu-comprehensive-bonded-zone');
    expect(topId('Lize')).toBe('lize-financial-business-district');
  });

  it('finds Tianzhu as the bonded zone, not the airport part that contains it', () => {
    const hits = searchZones(index, 'tianzhu');
    expect(hits[0]).toMatchObject({ id: 'tianzhu-comprehensive-bonded-zone', source: 'alias', matched: 'Tianzhu' });
    expect(hits.map((h) => h.id)).not.toContain('capital-airport-part');
  });

  it('ranks a name match above the same words in another zone’s alias', () => {
    const data: ZoneCollection = {
      ...zones,
      features: [
        zone('park', 'Riverside park', '河畔', { aliases: ['Daxing Gardens'] }),
        zone('town', 'Daxing Gardens', '大兴花园'),
      ],
    };
    expect(searchZones(buildSearchIndex(data), 'Daxing Gardens').map((h) => h.id)).toEqual(['town', 'park']);
  });

  it('uses the aliases a zone carries in the data', () => {
    const data: ZoneCollection = {
      ...zones,
      features: [zone('jinzhan-part', 'Jinzhan part', '金盏', { aliases: ['Fourth Embassy Area'] })],
    };
    expect(searchZones(buildSearchIndex(data), 'embassy')[0]).toMatchObject({ id: 'jinzhan-part', source: 'alias' });
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

  it('gives every zone at least one alias to be found by', () => {
    for (const { properties } of zones.features) expect(properties.aliases?.length, properties.id).toBeGreaterThan(0);
  });
});
