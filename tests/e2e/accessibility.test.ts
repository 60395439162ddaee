import { describe, expect } from 'vitest';
import { chromiumMissing } from './atlasPage';
import { seriousViolations } from './axe';
import { it } from './fixture';

describe.skipIf(chromiumMissing)('accessibility (axe-core)', () => {
  it('finds no serious problem on the home view, with a zone open, or in the charts drawer', async ({ openAtlas }) => {
    const { page } = await openAtlas();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#zone-option-cbd-part').click();
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('#charts-toggle').click();
    await page.locator('#chart-pilot-regions svg').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds no serious problem in the dark and projector themes, nor on a phone', async ({ openAtlas }) => {
    let atlas = await openAtlas('?theme=dark&zone=tianzhu-comprehensive-bonded-zone');
    expect(await seriousViolations(atlas.page)).toEqual([]);
    await atlas.close();
    atlas = await openAtlas('?theme=projector&lang=zh', { viewport: { width: 390, height: 844 } });
    expect(await seriousViolations(atlas.page)).toEqual([]);
  });
});
