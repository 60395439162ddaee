import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Reading a downloaded deck back: a .pptx is a zip of XML. Each slide's text (its `<a:t>` runs, entities
 * decoded), its pictures (relationships to ppt/media/) and its speaker notes' text.
 */

export interface SlideContent {
  text: string;
  images: string[];
  notes: string;
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** The text runs of a slide or notes part, one per line. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => decode(match[1]!)).join('\n');

/** Every slide of the deck, in order, with its text, pictures and notes. */
export async function readDeck(bytes: Buffer): Promise<SlideContent[]> {
  const zip = await JSZip.loadAsync(bytes);
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return Promise.all(
    slideNames.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      const rels = (await zip.file(name.replace('slides/', 'slides/_rels/') + '.rels')?.async('string')) ?? '';
      const images = [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((match) => match[1]!);
      const notesTarget = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(rels)?.[1];
      const notesXml = notesTarget ? await zip.file(`ppt/notesSlides/${notesTarget}`)!.async('string') : '';
      return { text: runs(xml), images, notes: runs(notesXml) };
    }),
  );
}

/** A picture of the deck, as bytes. */
export async function mediaFile(bytes: Buffer, media: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  return Buffer.from(await zip.file(`ppt/media/${media}`)!.async('uint8array'));
}

/** The size in pixels of a picture of the deck (a PNG's IHDR). */
export async function mediaPngSize(bytes: Buffer, media: string): Promise<{ width: number; height: number }> {
  const png = await mediaFile(bytes, media);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Clicks a deck button and returns the downloaded file's name and bytes. */
export async function downloadDeck(page: Page, kind: 'tour' | 'view'): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    page.click(`[data-export-deck="${kind}"]`),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}
