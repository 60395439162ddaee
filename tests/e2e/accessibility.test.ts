import { afterEach, describe, expect, it } from 'vitest';
import { chromiumMissing, openAtlas, waitForZones, type AtlasPage } from './atlasPage';
import { seriousViolations } from './axe';

describe.skipIf(chromiumMissing)('accessibility (axe-core)', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('finds no serious problem on the home view, with a zone open, or in the charts drawer', async () => {
    atlas = await openAtlas();
    const { page } = atlas;
    await waitForZones(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#zone-option-cbd-part').click();
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('#charts-toggle').click();
    await page.locator('#chart-pilot-regions svg').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious problem in the dark and projector themes, nor on a phone', async () => {
    atlas = await openAtlas('?theme=dark&zone=tianzhu-comprehensive-bonded-zone');
    await waitForZones(atlas.page);
    expect(await seriousViolations(atlas.page)).toEqual([]);
    await atlas.close();
    atlas = await openAtlas('?theme=projector&lang=zh', { width: 390, height: 844 });
    await waitForZones(atlas.page);
    expect(await seriousViolations(atlas.page)).toEqual([]);
  });
});
