import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ZoneCollection } from '../../src/data/schema';
import { tourSchema } from '../../src/data/tourSchema';
import {
  BRAND,
  SCENE_FRAME,
  atlasLink,
  newestDate,
  sourcesFooter,
  tourDeck,
  viewDeck,
} from '../../src/features/deck/deckModel';
import { canonicalLayers, isLayerGroup } from '../../src/state/layerGroups';

/** The deck's model from the real tour (data/tour.json), in both languages. */

const tour = tourSchema.parse(JSON.parse(readFileSync('data/tour.json', 'utf8')));
const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as ZoneCollection;
const zoneIds = new Set(zones.features.map((zone) => zone.properties.id));
const HREF = 'https://atlas.example/beijing/?zone=cbd-part&lang=en#top';

describe('the deck model', () => {
  for (const language of ['en', 'zh'] as const) {
    describe(`of the tour, in ${language}`, () => {
      const deck = tourDeck(tour.scenes, language, HREF, zoneIds);

      it('has a title slide, then one slide per scene in the tour’s order', () => {
        expect(deck.titleSlide).not.toBeNull();
        expect(deck.slides.map((slide) => slide.step)).toEqual(tour.scenes.map((_, index) => index + 1));
        expect(deck.fileName).toBe(`beijing-ftz-atlas-tour-${language}.pptx`);
        expect(deck.lang).toBe(language === 'zh' ? 'zh-CN' : 'en');
      });

      it('names the atlas, the date of its newest source and the link to the tour on the title slide', () => {
        const title = deck.titleSlide!;
        expect(title.title).toBe(language === 'zh' ? '北京自贸区地图集' : 'Beijing FTZ Atlas');
        expect(title.brand).toBe(BRAND);
        const newest = tour.scenes
          .flatMap((scene) => scene.sources.map((source) => source.date))
          .sort()
          .at(-1)!;
        expect(title.dataDate).toContain(newest);
        expect(new URL(title.link).searchParams.get('tour')).toBe('1');
        expect(title.link.startsWith('https://atlas.example/beijing/?')).toBe(true);
      });

      it('gives each scene its title and caption in the language, and its view to draw', () => {
        deck.slides.forEach((slide, index) => {
          const scene = tour.scenes[index]!;
          expect(slide.title).toBe(language === 'zh' ? scene.title_zh : scene.title_en);
          expect(slide.caption).toBe(language === 'zh' ? scene.caption_zh : scene.caption_en);
          const known = scene.zones.filter((id) => zoneIds.has(id));
          expect(slide.view).toEqual({
            camera: scene.camera,
            frame: SCENE_FRAME,
            selectedId: known[0] ?? null,
            highlightedIds: known,
            visibleLayers: canonicalLayers(scene.layers.filter(isLayerGroup)),
          });
        });
      });

      it('puts every source in full and the scene’s link in the notes, and the publishers in the footer', () => {
        deck.slides.forEach((slide, index) => {
          const scene = tour.scenes[index]!;
          expect(slide.notes.startsWith(slide.caption)).toBe(true);
          for (const source of scene.sources) {
            expect(slide.notes).toContain(`${source.publisher}, “${source.title}”, ${source.date}.`);
            if (source.url.startsWith('http')) expect(slide.notes).toContain(source.url);
            expect(slide.footer).toContain(source.publisher);
          }
          // The link opens this scene, in this language, and nothing else of the page's state.
          const link = new URL(slide.link);
          expect(Object.fromEntries(link.searchParams)).toEqual({ lang: language, tour: '1', step: String(index + 1) });
          expect(link.hash).toBe('');
          expect(slide.notes).toContain(slide.link);
        });
      });
    });
  }

  it('names a seed article as such in the notes rather than giving its file', () => {
    const scene = tour.scenes.find((candidate) => candidate.sources.some((source) => source.url.startsWith('seed:')))!;
    const deck = tourDeck([scene], 'zh', HREF, zoneIds);
    expect(deck.slides[0]!.notes).toContain('来源文章');
    expect(deck.slides[0]!.notes).not.toContain('seed:');
  });

  it('makes the view on screen one slide, without a title slide, linking to the page as it is', () => {
    const zone = zones.features[0]!.properties;
    const deck = viewDeck({ title: zone.name_en, caption: zone.description_en, sources: zone.sources }, 'en', HREF);
    expect(deck.titleSlide).toBeNull();
    expect(deck.slides).toHaveLength(1);
    const [slide] = deck.slides;
    expect(slide!.view).toBeNull();
    expect(slide!.link).toBe(HREF);
    expect(slide!.notes).toContain(zone.sources[0]!.title);
  });

  it('lists each publisher once in the footer, with its newest date, and nothing without sources', () => {
    const source = (publisher: string, date: string) => ({ publisher, title: 't', date, url: 'https://a.example/' });
    expect(sourcesFooter([source('A', '2020-01'), source('B', '2021'), source('A', '2020-03-02')], 'en')).toBe(
      'Sources: A (2020-03-02); B (2021)',
    );
    expect(sourcesFooter([], 'en')).toBe('');
    expect(newestDate([source('A', '2019-12-31'), source('B', '2020-01')])).toBe('2020-01');
  });

  it('replaces a link’s query and fragment', () => {
    expect(atlasLink(HREF, { lang: 'zh', tour: '1', step: '3' })).toBe(
      'https://atlas.example/beijing/?lang=zh&tour=1&step=3',
    );
  });
});
