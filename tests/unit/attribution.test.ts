import { describe, expect, it } from 'vitest';
import { mapCredits } from '../../src/map/attribution';

const CJK = /[\u4e00-\u9fff]/;

describe('mapCredits', () => {
  it('credits OpenStreetMap, Natural Earth, DataV.GeoAtlas and the zones, in English', () => {
    const credits = mapCredits('en', 'offline').join(' | ');
    expect(credits).toContain('OpenStreetMap</a> contributors');
    expect(credits).toContain('Natural Earth');
    expect(credits).toContain('DataV.GeoAtlas');
    expect(credits).toContain('Zone outlines: indicative');
    expect(credits).not.toContain('tile.openstreetmap.org');
  });

  it('says the same in Chinese, keeping the names and the link to the OpenStreetMap licence', () => {
    const en = mapCredits('en', 'offline');
    const zh = mapCredits('zh', 'offline');
    expect(zh).toHaveLength(en.length);
    for (const credit of zh) expect(CJK.test(credit), credit).toBe(true);
    const joined = zh.join(' | ');
    expect(joined).toContain('<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> 贡献者');
    expect(joined).toContain('Natural Earth');
    expect(joined).toContain('DataV.GeoAtlas');
    expect(joined).toContain('示意');
  });

  it('adds the credit for the online tiles only when they are shown, in either language', () => {
    for (const language of ['en', 'zh'] as const) {
      const online = mapCredits(language, 'osm');
      expect(online.filter((c) => c.includes('tile.openstreetmap.org'))).toHaveLength(1);
      expect(online).toEqual(expect.arrayContaining(mapCredits(language, 'offline')));
    }
  });
});
