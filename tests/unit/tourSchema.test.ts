import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/config';
import { quotesFigure, tourSchema, type TourScene } from '../../src/data/tourSchema';
import { isLayerGroup } from '../../src/state/layerGroups';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const result = tourSchema.safeParse(readJson('data/tour.json'));
const zones = readJson('data/zones.geojson') as { features: { properties: { id: string } }[] };
const zoneIds = new Set(zones.features.map((feature) => feature.properties.id));

/** data/facts.json: the figures the tour quotes, each with the public addresses that give it. */
interface Fact {
  id: string;
  section: string;
  status: string;
  statement: string;
  sources: string[];
}
const { facts } = readJson('data/facts.json') as { facts: Fact[] };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * The figures of a text, as comparable tokens: numbers (`119.68`, `2020`, `4`, `18,000` → `18000`) and
 * months (`month:9` from "September", "Sep", "9月" or the 09 of "2020-09-21"), so "4 September 2020",
 * "2020年9月4日" and "4 Sep 2020" all give {4, 2020, month:9}.
 */
export function figureTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  let rest = text.replace(/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (_all, year: string, month: string, day?: string) => {
    tokens.add(year);
    tokens.add(`month:${Number(month)}`);
    if (day) tokens.add(String(Number(day)));
    return ' ';
  });
  rest = rest.replace(/(\d{1,2})月/g, (_all, month: string) => {
    tokens.add(`month:${Number(month)}`);
    return ' ';
  });
  MONTHS.forEach((name, index) => {
    if (new RegExp(`\\b${name}[a-z]*\\b`).test(rest)) tokens.add(`month:${index + 1}`);
  });
  for (const number of rest.match(/\d+(?:[.,]\d+)*/g) ?? []) tokens.add(String(Number(number.replace(/,/g, ''))));
  return tokens;
}

/**
 * The figures of a scene's title and caption (in `language`) that none of its cited sources gives: not in
 * a source's title, date or note, nor in a fact of data/facts.json that names the source's address.
 */
export function unsupportedFigures(scene: TourScene, language: 'en' | 'zh', table: readonly Fact[] = facts): string[] {
  const text = language === 'en' ? `${scene.title_en} ${scene.caption_en}` : `${scene.title_zh} ${scene.caption_zh}`;
  const cited = scene.sources.map((source) =>
    figureTokens(
      [
        source.title,
        source.date,
        source.note ?? '',
        ...table.filter((fact) => fact.sources.includes(source.url)).map((fact) => fact.statement),
      ].join(' '),
    ),
  );
  return [...figureTokens(text)].filter((token) => !cited.some((given) => given.has(token)));
}

describe('data/tour.json', () => {
  it('matches the tour schema', () => {
    expect(result.error?.issues ?? []).toEqual([]);
  });
  const scenes = result.data?.scenes ?? [];

  it('tells the story of the seeds in order, one scene per chapter', () => {
    expect(scenes.map((scene) => scene.id)).toEqual([
      'ciftis-2020',
      'three-areas',
      'airport-economy',
      'cbd-jinzhan',
      'sub-centre',
      'demonstration-parks',
      'daxing-airport',
      'national-pilot',
    ]);
    expect(new Set(scenes.map((scene) => scene.id)).size).toBe(scenes.length);
  });

  for (const scene of scenes) {
    describe(scene.id, () => {
      it('highlights only zones that exist', () => {
        expect(scene.zones.filter((id) => !zoneIds.has(id))).toEqual([]);
      });

      it('names only known layer groups, and shows something', () => {
        expect(scene.layers.filter((name) => !isLayerGroup(name))).toEqual([]);
        expect(scene.layers.length).toBeGreaterThan(0);
      });

      it('puts the camera inside the map’s bounds and zoom range', () => {
        const [[west, south], [east, north]] = MAX_BOUNDS;
        const [lng, lat] = scene.camera.center;
        expect(lng).toBeGreaterThanOrEqual(west);
        expect(lng).toBeLessThanOrEqual(east);
        expect(lat).toBeGreaterThanOrEqual(south);
        expect(lat).toBeLessThanOrEqual(north);
        expect(scene.camera.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
        expect(scene.camera.zoom).toBeLessThanOrEqual(MAX_ZOOM);
      });

      it('has its title and caption in English and in Chinese', () => {
        expect(scene.title_zh).toMatch(/\p{Script=Han}/u);
        expect(scene.caption_zh).toMatch(/\p{Script=Han}/u);
        expect(scene.caption_en).not.toMatch(/\p{Script=Han}/u);
        expect(scene.title_en).not.toMatch(/\p{Script=Han}/u);
      });

      it('cites a source for every figure it quotes, in English and in Chinese', () => {
        expect(unsupportedFigures(scene, 'en')).toEqual([]);
        expect(unsupportedFigures(scene, 'zh')).toEqual([]);
      });

      it('has a public address among its sources when it quotes a figure (a source article is not one)', () => {
        for (const source of scene.sources)
          expect(source.url).toMatch(/^(https?:\/\/[^\s]+|seed:\d{3}_[0-9a-f]{16}\.txt)$/);
        const publicSources = scene.sources.filter((source) => /^https?:\/\//.test(source.url));
        if (quotesFigure(scene)) expect(publicSources.length).toBeGreaterThan(0);
      });

      it('quotes the same figures in both languages (days and months aside: 9月 is "September")', () => {
        const figures = (text: string) => (text.match(/\d+(\.\d+)?/g) ?? []).sort();
        const MONTH =
          /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
        const english = figures(`${scene.title_en} ${scene.caption_en}`.replace(MONTH, '$1'));
        const chinese = figures(`${scene.title_zh} ${scene.caption_zh}`.replace(/\d{1,2}[月日]/g, ''));
        expect(chinese).toEqual(english);
      });
    });
  }

  it('finds a figure in "119.68 km²" and none in a sentence without digits', () => {
    const base = scenes[0]!;
    expect(quotesFigure({ ...base, title_en: 'x', title_zh: 'x', caption_en: '119.68 km²', caption_zh: 'y' })).toBe(
      true,
    );
    expect(quotesFigure({ ...base, title_en: 'x', title_zh: 'x', caption_en: 'none', caption_zh: '无' })).toBe(false);
  });

  it('would catch a figure that no cited source gives, and a date a source does not say', () => {
    const base = scenes.find((scene) => scene.id === 'cbd-jinzhan')!;
    expect(unsupportedFigures({ ...base, caption_en: `${base.caption_en} It has 99.5 km² more.` }, 'en')).toEqual([
      '99.5',
    ]);
    // Step 8 once said "In November 2023": only a source the scene did not cite gives 1 November.
    const pilot = scenes.find((scene) => scene.id === 'national-pilot')!;
    expect(unsupportedFigures({ ...pilot, caption_zh: '2023年11月1日，商务部发布了第四批案例。' }, 'zh')).toEqual([
      '1',
    ]);
    // A figure found only in the facts table under an address the scene does not cite does not count.
    expect(unsupportedFigures({ ...base, sources: [base.sources[2]!] }, 'en')).toEqual(['4.96', '2.96']);
    expect(figureTokens('4 September 2020, 2020年9月4日, 2020-09-04')).toEqual(new Set(['4', '2020', 'month:9']));
  });

  it('keeps a facts table whose every figure names public addresses only', () => {
    expect(facts.length).toBeGreaterThan(10);
    for (const fact of facts) {
      expect(fact.sources.length, fact.id).toBeGreaterThan(0);
      for (const url of fact.sources) expect(url, fact.id).toMatch(/^https?:\/\/\S+$/);
      expect(fact.status, fact.id).toMatch(/^(CONFIRMED|SINGLE)/);
      expect(fact.section, fact.id).toMatch(/^\d[a-e]?$/);
    }
  });
});
