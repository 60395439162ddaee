import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/config';
import { quotesFigure, tourSchema } from '../../src/data/tourSchema';
import { isLayerGroup } from '../../src/state/layerGroups';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const result = tourSchema.safeParse(readJson('data/tour.json'));
const zones = readJson('data/zones.geojson') as { features: { properties: { id: string } }[] };
const zoneIds = new Set(zones.features.map((feature) => feature.properties.id));

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

      it('cites a source for every figure it quotes, with a public address', () => {
        if (quotesFigure(scene)) expect(scene.sources.length).toBeGreaterThan(0);
        for (const source of scene.sources)
          expect(source.url).toMatch(/^(https?:\/\/[^\s]+|seed:\d{3}_[0-9a-f]{16}\.txt)$/);
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
});
