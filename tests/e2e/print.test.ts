import { inflateSync } from 'node:zlib';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './atlasPage';
import { it } from './fixture';

/** The print stylesheet: what a printed page of the atlas shows (print media, then a real PDF). */

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

/**
 * The pictures in a PDF (Chromium writes them Flate-compressed), each as the number of distinct byte
 * values in its pixels: a canvas printed blank is one flat colour.
 */
function pdfImageVariety(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const varieties: number[] = [];
  for (const match of text.matchAll(/<<([^]{0,600}?)>>\s*stream\r?\n/g)) {
    if (!/\/Subtype\s*\/Image/.test(match[1]!) || !/\/FlateDecode/.test(match[1]!)) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const pixels = inflateSync(pdf.subarray(start, end));
    varieties.push(new Set(pixels).size);
  }
  return varieties;
}

describe.skipIf(chromiumMissing)('printing the atlas', { timeout: 240_000 }, () => {
  it('prints the map with its legend and the open details, without the screen’s controls', async ({ openAtlas }) => {
    const atlas = await openAtlas('?zone=cbd-part', { waitFor: 'map', timeout: 90_000 });
    const { page } = atlas;
    await expect.poll(() => page.locator('#details-title').textContent(), { timeout: 20_000 }).toBe('Beijing CBD part');
    // On screen the legend is in the hidden Layers tab, and the header has its buttons.
    expect(await visible(page, '#legend .legend-list')).toBe(false);
    expect(await visible(page, '.header-actions')).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await visible(page, '#legend .legend-list')).toBe(true);
    expect(await visible(page, '#details-title')).toBe(true);
    expect(await visible(page, '.map-area canvas')).toBe(true);
    for (const hidden of [
      '.header-actions',
      '#search',
      '#tabs',
      '#zone-list',
      '.maplibregl-ctrl-top-right',
      '#tooltip',
    ])
      expect(await visible(page, hidden), hidden).toBe(false);
    // Map, details and legend side by side, within one landscape page's height.
    const map = (await page.locator('.map-area').boundingBox())!;
    const details = (await page.locator('#details').boundingBox())!;
    expect(details.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(map.height).toBeGreaterThan(300);

    // A real PDF: one landscape page, with the map's picture in it (not a blank canvas).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(Math.max(0, ...pdfImageVariety(pdf))).toBeGreaterThan(16);
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    expect(atlas.errors).toEqual([]);
  });
});
