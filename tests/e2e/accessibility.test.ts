import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing } from './atlasPage';
import { seriousViolations } from './axe';
import { it } from './fixture';
import { sharedAtlas } from './sharedAtlas';

/**
 * What in the header is cut or out of reach: the header scrolling sideways, a button or list past its
 * right edge, or a button's words cut or broken onto a second line.
 */
const headerProblems = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector<HTMLElement>('.app-header')!;
    const problems: string[] = [];
    if (header.scrollWidth > header.clientWidth)
      problems.push(`header scrolls by ${header.scrollWidth - header.clientWidth} px`);
    const edge = header.getBoundingClientRect().right;
    for (const control of header.querySelectorAll<HTMLElement>('button, select')) {
      if (control.getClientRects().length === 0) continue;
      const name = control.textContent!.trim().slice(0, 20);
      const box = control.getBoundingClientRect();
      if (box.right > edge) problems.push(`${name} ends ${Math.round(box.right - edge)} px past the edge`);
      if (control.scrollWidth > control.clientWidth + 1) problems.push(`${name} is cut`);
      const words = document.createRange();
      words.selectNodeContents(control);
      const fontSize = parseFloat(getComputedStyle(control).fontSize);
      if (control.tagName === 'BUTTON' && words.getBoundingClientRect().height > 1.9 * fontSize)
        problems.push(`${name} takes two lines`);
    }
    return problems;
  });

describe.skipIf(chromiumMissing)('accessibility (axe-core)', () => {
  /** The plain link's page, shared by the first two tests (sharedAtlas.ts). */
  const homeAtlas = sharedAtlas();

  it('finds no serious problem on the home view, with a zone open, or in the charts drawer', async () => {
    const { page } = await homeAtlas();
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
    const { page } = await homeAtlas();
    await page.evaluate(() =>
      window.atlas!.store.update({ theme: 'dark', selectedId: 'tianzhu-comprehensive-bonded-zone' }),
    );
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    const atlas = await openAtlas('?theme=projector&lang=zh', { viewport: { width: 390, height: 844 } });
    expect(await seriousViolations(atlas.page)).toEqual([]);
  });

  it('fits the projector header in a 1024 px window, in English and Chinese', async ({ openAtlas }) => {
    const { page } = await openAtlas('?theme=projector', { viewport: { width: 1024, height: 768 } });
    // The presenter's tools mount after the first frame: the header is whole once the last one is in.
    await page.locator('.app-header .tour-start').waitFor();
    await page.locator('.app-header .map-image-button').waitFor();
    expect(await headerProblems(page)).toEqual([]);
    await page.locator('.language-switch').click();
    await expect.poll(() => page.locator('.language-switch').textContent()).toBe('English');
    expect(await headerProblems(page)).toEqual([]);
  });
});
