import type { Source } from '../../data/schema';
import type { TourScene } from '../../data/tourSchema';
import type { ImageSize } from '../../export/frame';
import type { ImageView } from '../../map/types';
import { canonicalLayers, isLayerGroup } from '../../state/layerGroups';
import type { Language } from '../../state/vocabulary';
import { t } from './strings';

/**
 * The deck as data, without the DOM or the writer (pptxWriter.lazy.ts lays it out): a title slide, then
 * one slide per tour scene with the view to draw, its title and caption in the deck's language, a short
 * sources line for the footer and speaker notes holding every source in full and the scene's link.
 */

/** The map size a scene's camera is meant for (a desktop map): the slide's image contains that area. */
export const SCENE_FRAME: ImageSize = { width: 1280, height: 720 };
/** The size of every slide's map image: a 16:9 slide, full HD. */
export const SLIDE_IMAGE: ImageSize = { width: 1920, height: 1080 };

export interface TitleSlide {
  title: string;
  subtitle: string;
  /** "Data as of …": the newest date among the deck's sources. */
  dataDate: string;
  /** The atlas's name, always in English as on its page. */
  brand: string;
  link: string;
}

export interface SceneSlide {
  /** 1-based, as the tour counts. */
  step: number;
  /** What the map image shows; null for a slide of the view on screen. */
  view: ImageView | null;
  title: string;
  caption: string;
  footer: string;
  notes: string;
  link: string;
}

export interface Deck {
  language: Language;
  /** The language tag of the deck's text (en, zh-CN). */
  lang: string;
  fileName: string;
  titleSlide: TitleSlide | null;
  slides: SceneSlide[];
}

export const BRAND = 'Beijing FTZ Atlas';

const langTagOf = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en');

/** A link to the atlas at `href`'s page with exactly `params` (the language always among them). */
export function atlasLink(href: string, params: Record<string, string>): string {
  const url = new URL(href);
  url.search = new URLSearchParams(params).toString();
  url.hash = '';
  return url.href;
}

/** The newest date among the sources (YYYY, YYYY-MM or YYYY-MM-DD compare as text), or '' without any. */
export function newestDate(sources: readonly Source[]): string {
  return sources.reduce((newest, source) => (source.date > newest ? source.date : newest), '');
}

/** A source in full, as the notes list it: publisher, title, date and address (a seed article named as such). */
export function sourceLine(source: Source, language: Language): string {
  const where = /^https?:\/\//.test(source.url) ? source.url : `(${t(language, 'details.seedArticle')})`;
  return `${source.publisher}, “${source.title}”, ${source.date}. ${where}`;
}

/** The footer's short form: each publisher once, with its newest date. */
export function sourcesFooter(sources: readonly Source[], language: Language): string {
  if (sources.length === 0) return '';
  const newest = new Map<string, string>();
  for (const { publisher, date } of sources) if (date > (newest.get(publisher) ?? '')) newest.set(publisher, date);
  const list = [...newest].map(([publisher, date]) => `${publisher} (${date})`).join('; ');
  return t(language, 'deck.sourcesShort', { list });
}

/** The speaker notes: the caption, every source in full, and the link to the same view in the atlas. */
export function slideNotes(caption: string, sources: readonly Source[], link: string, language: Language): string {
  const lines = [caption, ''];
  if (sources.length > 0) {
    lines.push(`${t(language, 'deck.sources')}:`);
    sources.forEach((source, index) => lines.push(`${index + 1}. ${sourceLine(source, language)}`));
    lines.push('');
  }
  lines.push(t(language, 'deck.link', { link }));
  return lines.join('\n');
}

/** A scene's slide: its camera, zones and layers to draw, and its words in `language`. */
export function sceneSlide(
  scene: TourScene,
  step: number,
  language: Language,
  href: string,
  zoneIds: ReadonlySet<string>,
): SceneSlide {
  const [title, caption] = language === 'zh' ? [scene.title_zh, scene.caption_zh] : [scene.title_en, scene.caption_en];
  const zones = scene.zones.filter((id) => zoneIds.has(id));
  const link = atlasLink(href, { lang: language, tour: '1', step: String(step) });
  return {
    step,
    view: {
      camera: scene.camera,
      frame: SCENE_FRAME,
      selectedId: zones[0] ?? null,
      highlightedIds: zones,
      visibleLayers: canonicalLayers(scene.layers.filter(isLayerGroup)),
    },
    title,
    caption,
    footer: sourcesFooter(scene.sources, language),
    notes: slideNotes(caption, scene.sources, link, language),
    link,
  };
}

/** The whole tour as a deck in `language`; `href` is the atlas's address (its query is replaced). */
export function tourDeck(
  scenes: readonly TourScene[],
  language: Language,
  href: string,
  zoneIds: ReadonlySet<string>,
): Deck {
  return {
    language,
    lang: langTagOf(language),
    fileName: `beijing-ftz-atlas-tour-${language}.pptx`,
    titleSlide: {
      title: t(language, 'app.title'),
      subtitle: t(language, 'app.subtitle'),
      dataDate: t(language, 'deck.dataDate', { date: newestDate(scenes.flatMap((scene) => scene.sources)) }),
      brand: BRAND,
      link: atlasLink(href, { lang: language, tour: '1', step: '1' }),
    },
    slides: scenes.map((scene, index) => sceneSlide(scene, index + 1, language, href, zoneIds)),
  };
}

/** What the view on screen shows, for its one slide: a title, a caption, and the sources of its figures. */
export interface ViewText {
  title: string;
  caption: string;
  sources: readonly Source[];
}

/** The view on screen as a deck of one slide (no title slide); `href` is the page's own link. */
export function viewDeck(view: ViewText, language: Language, href: string): Deck {
  return {
    language,
    lang: langTagOf(language),
    fileName: `beijing-ftz-atlas-slide-${language}.pptx`,
    titleSlide: null,
    slides: [
      {
        step: 1,
        view: null,
        title: view.title,
        caption: view.caption,
        footer: sourcesFooter(view.sources, language),
        notes: slideNotes(view.caption, view.sources, href, language),
        link: href,
      },
    ],
  };
}
