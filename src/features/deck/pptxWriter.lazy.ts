import PptxGenJS from 'pptxgenjs';
import type { Deck, SceneSlide, TitleSlide } from './deckModel';

/**
 * The deck written as a PowerPoint file with pptxgenjs (its own chunk, with JSZip, loaded only when a
 * deck is asked for; images are given as data, so it fetches nothing). 16:9 (13.33 × 7.5 in): the map
 * image on the left, the scene's title and caption as editable text on the right, the sources in a
 * small footer and in full in the speaker notes.
 */

const INK = '1F2328';
const MUTED = '57606A';
const MARGIN = 0.4;
const SLIDE = { width: 13.333, height: 7.5 };
/** The map image: 16:9, as large as leaves a column for the text. */
const IMAGE = { x: MARGIN, y: MARGIN, w: 9.2, h: 9.2 * (9 / 16) };
const COLUMN = { x: IMAGE.x + IMAGE.w + 0.3, w: SLIDE.width - (IMAGE.x + IMAGE.w + 0.3) - MARGIN };
const FOOTER = { x: MARGIN, y: IMAGE.y + IMAGE.h + 0.25, w: SLIDE.width - 2 * MARGIN, h: 1.2 };

/** The faces PowerPoint, Keynote, WPS and Impress have for each language (the first one found is used). */
const fontFor = (lang: string) => (lang === 'zh-CN' ? 'Microsoft YaHei' : 'Calibri');

function titleSlide(pptx: PptxGenJS, slide: TitleSlide, lang: string): void {
  const page = pptx.addSlide();
  const text = { fontFace: fontFor(lang), lang, color: INK, margin: 0 };
  page.addText(slide.title, { ...text, x: 0.9, y: 2.0, w: 11.5, h: 1.1, fontSize: 40, bold: true });
  page.addText(slide.subtitle, { ...text, x: 0.9, y: 3.15, w: 11.5, h: 0.9, fontSize: 20, color: MUTED });
  page.addText(slide.dataDate, { ...text, x: 0.9, y: 4.2, w: 11.5, h: 0.5, fontSize: 16 });
  page.addText(
    [
      { text: `${slide.brand} · `, options: {} },
      { text: slide.link, options: { hyperlink: { url: slide.link } } },
    ],
    { ...text, x: 0.9, y: 5.6, w: 11.5, h: 0.6, fontSize: 12, color: MUTED },
  );
  page.addNotes(`${slide.brand}\n${slide.link}`);
}

function sceneSlide(pptx: PptxGenJS, slide: SceneSlide, image: string, deck: Deck): void {
  const page = pptx.addSlide();
  const text = { fontFace: fontFor(deck.lang), lang: deck.lang, color: INK, margin: 0, valign: 'top' as const };
  page.addImage({ data: image, ...IMAGE, altText: slide.title });
  page.addText(slide.title, { ...text, ...COLUMN, y: IMAGE.y, h: 1.3, fontSize: 24, bold: true, fit: 'shrink' });
  page.addText(slide.caption, {
    ...text,
    ...COLUMN,
    y: IMAGE.y + 1.45,
    h: IMAGE.h - 1.45,
    fontSize: 14,
    fit: 'shrink',
  });
  if (slide.footer) page.addText(slide.footer, { ...text, ...FOOTER, fontSize: 9, color: MUTED, fit: 'shrink' });
  page.addNotes(slide.notes);
}

/** The deck as a .pptx blob; `images` holds each slide's map as a data: URL (PNG), in order. */
export async function writeDeck(deck: Deck, images: readonly string[]): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.titleSlide?.title ?? deck.slides[0]?.title ?? '';
  pptx.author = 'Beijing FTZ Atlas';
  pptx.theme = { headFontFace: fontFor(deck.lang), bodyFontFace: fontFor(deck.lang) };
  if (deck.titleSlide) titleSlide(pptx, deck.titleSlide, deck.lang);
  deck.slides.forEach((slide, index) => sceneSlide(pptx, slide, images[index]!, deck));
  // Stored, not deflated: the PNGs are compressed already (deflating them again saved under 1 % and was
  // one main-thread task of over half a second), and the XML is a few kilobytes a slide.
  const blob = await pptx.write({ outputType: 'blob', compression: false });
  return blob as Blob;
}
