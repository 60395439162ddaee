import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zone = (id: string) => result.value.features.find((f) => f.properties.id === id)!;
const stats = JSON.parse(readFileSync('data/stats.json', 'utf8')) as {
  shunyi_model: { parks: { id: string; zone_id?: string }[] };
};

describe('the Sino-German International Cooperation Industrial Park', () => {
  const park = zone('sino-german-industrial-park');

  it('is its own feature in Shunyi: a point, with its planned 20 km² and opening date, outside the FTZ', () => {
    expect(park.geometry.type).toBe('Point');
    expect(park.properties).toMatchObject({
      kind: 'demo-park',
      outline: 'point',
      district: ['Shunyi'],
      official_area_km2: 20,
      in_ftz: false,
    });
    expect(park.properties.description_en).toContain('23 December 2021');
    expect(park.properties.description_zh).toContain('2021年12月23日');
    expect(park.properties.area_scope).toMatch(/two separate parts/);
  });

  it('names its sources (Xinhua 2021, Xinhua 2023, People’s Daily Online 2026) and says its point is estimated', () => {
    expect(park.properties.sources.map((s) => s.date)).toEqual(
      expect.arrayContaining(['2021-12-24', '2023-10-21', '2026-01-14']),
    );
    expect(park.properties.location_note).toMatch(/estimated position/);
    expect(park.properties.location_note).toMatch(/not taken from a source/);
  });

  it('is linked from the Shunyi zone and from the "3+7+N" diagram', () => {
    const parks = zone('shunyi-demonstration-zone').properties.parks!;
    expect(parks.find((p) => p.name_zh === '中德国际合作产业园')?.zone).toBe('sino-german-industrial-park');
    expect(stats.shunyi_model.parks.find((p) => p.id === 'sino-german-park')?.zone_id).toBe(
      'sino-german-industrial-park',
    );
  });
});

describe('Tianzhu’s start, as each source gives it', () => {
  const tianzhu = zone('tianzhu-comprehensive-bonded-zone').properties;
  const claims = tianzhu.dated_claims!;

  it('keeps all three dates, each with its own source, instead of picking one', () => {
    expect(claims.map((c) => [c.event, c.date])).toEqual([
      ['approved', '2008-07'],
      ['operating', '2009-07'],
      ['operating', '2010-12-20'],
    ]);
    expect(claims[1]!.source.url).toBe('seed:004_31b82844a770b81f.txt');
    expect(claims[0]!.source.url).toContain('cuaer.com');
    expect(claims[2]!.source.url).toContain('chinadaily.com.cn');
    expect(new Set(claims.map((c) => c.source.url)).size).toBe(3);
  });

  it('shows every claim in the details text, in both languages, and lists every source', () => {
    for (const claim of claims) {
      expect(tianzhu.description_en).toContain(claim.claim_en);
      expect(tianzhu.description_zh).toContain(claim.claim_zh);
      expect(tianzhu.sources).toContainEqual(claim.source);
    }
    expect(tianzhu.description_en).toMatch(/Sources differ on its start/);
  });
});
