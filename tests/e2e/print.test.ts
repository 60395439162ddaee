import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, openAtlas, type AtlasPage } from './atlasPage';

/** The print stylesheet: what a printed page of the atlas shows (print media, then a real PDF). */

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

/** The share of the map's printed box that is not one flat colour, from a screenshot of it. */
const mapInkShare = (page: Page) =>
  page.locator('.map-area').evaluate(async (area) => {
    const canvas = area.querySelector('canvas');
    if (!canvas) return 0;
    // The map's own pixels, as the printer gets them (the drawing buffer kept by a fresh render).
    const map = window.atlas!.map;
    const data = await new Promise<string>((resolve) => {
      map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
      map.triggerRepaint();
    });
    const image = new Image();
    image.src = data;
    await image.decode();
    const probe = document.createElement('canvas');
    probe.width = 64;
    probe.height = 64;
    const context = probe.getContext('2d')!;
    context.drawImage(image, 0, 0, 64, 64);
    const pixels = context.getImageData(0, 0, 64, 64).data;
    const first = pixels.slice(0, 3).join();
    let differing = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels.slice(i, i + 3).join() !== first) differing++;
    return differing / (pixels.length / 4);
  });

describe.skipIf(chromiumMissing)('printing the atlas', { timeout: 240_000 }, () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('prints the map with its legend and the open details, without the screen’s controls', async () => {
    atlas = await openAtlas('?zone=cbd-part');
    const { page } = atlas;
    await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 90_000 });
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
    expect(await mapInkShare(page)).toBeGreaterThan(0.05);

    // A real PDF: one landscape page.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    expect(atlas.errors).toEqual([]);
  });
});
