import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Tour } from '../../src/data/tourSchema';
import type { ZoneCollection } from '../../src/data/schema';
import { chromiumMissing, type AtlasPage } from './atlasPage';
import { downloadDeck, mediaFile, mediaPngSize, readDeck } from './deckFile';
import { it, type OpenOptions } from './fixture';

/**
 * The PowerPoint export: "this view as one slide" beside the PNG button, and the whole tour as a deck
 * from the tour's caption. The tour here is the real tour's first two scenes, served in place of
 * data/tour.json (rendering eight 1920 × 1080 scenes in the software renderer would take minutes);
 * the deck is read back as the zip of XML it is.
 */

const tour = JSON.parse(readFileSync('data/tour.json', 'utf8')) as Tour;
const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as ZoneCollection;
const SHORT_TOUR: Tour = { scenes: tour.scenes.slice(0, 2) };
const SLOW = 300_000;

/** The map drawn (the export draws with MapLibre), the short tour served in place of the real one. */
const WITH_SHORT_TOUR: OpenOptions = {
  waitFor: 'map',
  timeout: 120_000,
  beforeLoad: (page) =>
    page.route('**/assets/tour-*.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(SHORT_TOUR) }),
    ),
};

/** Nothing went wrong in the page: no error, no policy violation, nothing asked of another host. */
async function expectClean(atlas: AtlasPage): Promise<void> {
  expect(atlas.errors).toEqual([]);
  expect(await atlas.cspViolations()).toEqual([]);
  expect(atlas.foreignRequests).toEqual([]);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(chromiumMissing)('the deck (PPTX)', () => {
  it(
    'downloads this view as one slide: the map at 1920 × 1080, the zone as text, its sources in the notes',
    { timeout: SLOW },
    async ({ openAtlas }) => {
      const zone = zones.features[0]!.properties;
      const atlas = await openAtlas(`?zone=${zone.id}`, {
        waitFor: 'map',
        timeout: 120_000,
        // The header has room for the button from 1440 px up (deck.css).
        viewport: { width: 1440, height: 900 },
      });
      const { page } = atlas;
      const button = page.locator('[data-export-deck="view"]');
      await button.waitFor({ timeout: 60_000 });
      expect(await button.textContent()).toContain('(PPTX)');
      const { name, bytes } = await downloadDeck(page, 'view');
      expect(name).toBe('beijing-ftz-atlas-slide-en.pptx');
      const slides = await readDeck(bytes);
      expect(slides).toHaveLength(1);
      const [slide] = slides;
      expect(slide!.images).toHaveLength(1);
      expect(await mediaPngSize(bytes, slide!.images[0]!)).toEqual({ width: 1920, height: 1080 });
      expect(slide!.text).toContain(zone.name_en);
      expect(oneLine(slide!.text)).toContain(oneLine(zone.description_en));
      for (const source of zone.sources) expect(slide!.notes).toContain(source.title);
      expect(slide!.notes).toContain(`zone=${zone.id}`);
      await expectClean(atlas);
    },
  );

  it(
    'makes the tour a deck: Cancel stops one, then EN and ZH decks hold a title slide and each scene with its map, caption and sources',
    { timeout: SLOW },
    async ({ openAtlas }) => {
      const atlas = await openAtlas('?lang=en&tour=1&step=1', WITH_SHORT_TOUR);
      const { page } = atlas;
      const button = page.locator('[data-export-deck="tour"]');
      await button.waitFor({ timeout: 60_000 });
      let downloads = 0;
      page.on('download', () => downloads++);
      const progress: string[] = [];
      // The notice's words as the page shows them ("scene 1 of 2"), recorded while decks are made.
      await page.exposeFunction('recordProgress', (text: string) => progress.push(text));
      await page.evaluate(() => {
        const status = document.getElementById('status')!;
        const record = (window as unknown as { recordProgress(text: string): void }).recordProgress;
        new MutationObserver(() => record(status.textContent ?? '')).observe(status, {
          childList: true,
          subtree: true,
        });
      });

      // Cancel, on the notice: no file, and the notice says so.
      await button.click();
      await page.locator('#status .status-action').click({ timeout: 60_000 });
      await expect.poll(() => page.locator('#status').textContent(), { timeout: 120_000 }).toContain('cancelled');

      for (const language of ['en', 'zh'] as const) {
        if (language === 'zh') await page.click('.language-switch');
        await expect.poll(() => button.textContent()).toBe(language === 'zh' ? '幻灯片 (PPTX)' : 'PowerPoint (PPTX)');
        const { name, bytes } = await downloadDeck(page, 'tour');
        expect(name).toBe(`beijing-ftz-atlas-tour-${language}.pptx`);
        const slides = await readDeck(bytes);
        expect(slides).toHaveLength(SHORT_TOUR.scenes.length + 1);
        const [title, ...scenes] = slides;
        expect(title!.text).toContain('Beijing FTZ Atlas');
        expect(title!.text).toContain(language === 'zh' ? '北京自贸区地图集' : 'Data as of');
        expect(title!.text).toContain('tour=1');
        scenes.forEach((slide, index) => {
          const scene = SHORT_TOUR.scenes[index]!;
          const [sceneTitle, caption] =
            language === 'zh' ? [scene.title_zh, scene.caption_zh] : [scene.title_en, scene.caption_en];
          expect(slide.images).toHaveLength(1);
          expect(slide.text).toContain(sceneTitle);
          expect(oneLine(slide.text)).toContain(oneLine(caption));
          for (const source of scene.sources) expect(slide.notes).toContain(source.title);
          expect(slide.notes).toContain(`lang=${language}&tour=1&step=${index + 1}`);
        });
        // Each scene drew its own map, at full HD: the two pictures differ.
        const [first, second] = await Promise.all(scenes.map((slide) => mediaFile(bytes, slide.images[0]!)));
        expect(await mediaPngSize(bytes, scenes[0]!.images[0]!)).toEqual({ width: 1920, height: 1080 });
        expect(first!.equals(second!)).toBe(false);
        const counted = language === 'zh' ? '第 2 个场景，共 2 个' : 'scene 2 of 2';
        expect(progress.some((text) => text.includes(counted))).toBe(true);
      }
      expect(downloads).toBe(2);
      await expectClean(atlas);
    },
  );
});
