import type { Frame, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumMissing, screenPointOf, waitForMap, waitForSettledCamera, type AtlasPage } from './atlasPage';
import { it } from './fixture';
import { sharedAtlas } from './sharedAtlas';
import { exportMapImage, pngSize, waitForExportControl } from './mapImageFile';

/**
 * cspWalk.test.ts, continued through the planner's and presenter's tools: the comparison and its CSV,
 * measuring, laying a zone over, importing a file (read in a worker), the Share dialog and its live
 * preview (an embedded atlas), the tour, the map image, and embed mode. Each step must leave zero
 * `securitypolicyviolation` reports, from the page or its workers (atlasPage.ts records both).
 */

/** Each step loads lazy code; the map image draws a Full HD map in software GL on two shared cores. */
const SLOW_MACHINE_MS = 300_000;
const PATIENCE_MS = 90_000;

/** Runs named steps, noting after each what the page reported, so a failure names its step. */
function walker(atlas: AtlasPage) {
  const steps: string[] = [];
  return {
    async step(name: string, action: () => Promise<void>) {
      await action();
      steps.push(`${name}: ${(await atlas.cspViolations()).join('; ') || 'ok'}`);
    },
    failed: () => steps.filter((line) => !line.endsWith(': ok')),
  };
}

/** The violations a frame's document reported (atlasPage.ts's init script runs in every frame). */
const frameViolations = (frame: Frame) =>
  frame.evaluate(() => [...((window as unknown as { cspViolations?: string[] }).cspViolations ?? [])]);

/** Every worker the page still runs starts from a blob: URL, so the page's policy covers it. */
const workerUrls = (page: Page) => page.workers().map((worker) => worker.url().replace(/[#?].*$/, ''));

const mapPoint = async (page: Page, x: number, y: number) => {
  const box = (await page.locator('#map canvas').boundingBox())!;
  return { x: box.x + box.width * x, y: box.y + box.height * y };
};

describe.skipIf(chromiumMissing)('the Content Security Policy through the planner and presenter tools', () => {
  /** One page walks the planner's tools, then the presenter's (sharedAtlas.ts): the violations add up. */
  const comparing = sharedAtlas('?lang=en&compare=cbd-part,jinzhan-part', { timeout: PATIENCE_MS });

  it(
    'reports no violation comparing with a CSV download, measuring, laying over and importing',
    async () => {
      const atlas = await comparing();
      const { page } = atlas;
      const walk = walker(atlas);

      await walk.step('comparison and its CSV', async () => {
        await expect.poll(() => page.locator('#compare').isVisible()).toBe(true);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'CSV', exact: true }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.csv$/);
      });
      await walk.step('measure a distance', async () => {
        await page.getByRole('button', { name: 'Measure distance' }).click();
        // The tool loads on first use: clicks before it listens add no point.
        await expect.poll(() => page.locator('[data-measure="distance"]').getAttribute('aria-pressed')).toBe('true');
        await waitForSettledCamera(page);
        // High on the map: the comparison covers its lower part.
        const a = await mapPoint(page, 0.4, 0.25);
        const b = await mapPoint(page, 0.6, 0.25);
        await page.mouse.click(a.x, a.y);
        await page.mouse.dblclick(b.x, b.y);
        await expect.poll(() => page.locator('.measure-result').getAttribute('data-finished')).toBe('true');
        await page.getByRole('button', { name: 'Clear measurement' }).click();
      });
      await walk.step('lay a zone over', async () => {
        await page.locator('#zone-option-cbd-part').click();
        await page.locator('#details').getByRole('button', { name: 'Lay over (true size)' }).click();
        await expect.poll(() => page.locator('[data-overlay]').isVisible()).toBe(true);
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('[data-overlay]').count()).toBe(0);
        await page.locator('#details .details-close').click();
      });
      await walk.step('import a file, and refuse a broken one', async () => {
        const input = page.locator('input[type=file][data-import]');
        await input.waitFor({ state: 'attached', timeout: 60_000 });
        await input.setInputFiles('tests/fixtures/import/e2e/two-plots.geojson');
        await expect.poll(() => page.locator('#status').innerText()).toMatch(/Imported 2 polygon/);
        await input.setInputFiles('tests/fixtures/import/e2e/truncated.geojson');
        await expect.poll(() => page.locator('#status[role="alert"]').isVisible()).toBe(true);
      });

      expect(walk.failed()).toEqual([]);
      expect(workerUrls(page).length).toBeGreaterThan(0);
      expect(workerUrls(page).filter((url) => !url.startsWith('blob:'))).toEqual([]);
      expect(atlas.errors).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );

  it(
    'reports no violation in the Share dialog and its preview, the tour and the map image',
    async () => {
      const atlas = await comparing();
      const { page } = atlas;
      const walk = walker(atlas);

      await walk.step('share dialog with a live preview', async () => {
        await page.locator('.share-button').click();
        await page.waitForSelector('dialog.share-dialog[open]');
        await page.locator('#share-size').selectOption('1280x720');
        await page.locator('#share-theme').selectOption('dark');
        const frame = (await (await page.waitForSelector('.share-preview-frame')).contentFrame())!;
        await waitForMap(frame, 'ready', PATIENCE_MS);
        expect(await frameViolations(frame)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('dialog.share-dialog').count()).toBe(0);
      });
      await walk.step('tour', async () => {
        await page.getByRole('button', { name: 'Tour', exact: true }).click();
        await expect.poll(() => page.locator('#tour .tour-count').textContent()).toBe('Step 1 of 8');
        await page.getByRole('button', { name: 'Next' }).click();
        await expect.poll(() => page.locator('#tour .tour-count').textContent()).toBe('Step 2 of 8');
        await page.getByRole('button', { name: 'Close the tour' }).click();
        await expect.poll(() => page.locator('#tour').isVisible()).toBe(false);
      });
      await walk.step('map image', async () => {
        await waitForExportControl(page);
        const file = await exportMapImage(page, '1920x1080');
        expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
      });

      expect(walk.failed()).toEqual([]);
      expect(atlas.errors).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );

  it(
    'reports no violation in embed mode, opening a zone from the map',
    async ({ openAtlas }) => {
      const atlas = await openAtlas('?embed=1&lang=zh', { timeout: PATIENCE_MS });
      const { page } = atlas;
      await expect.poll(() => page.locator('.embed-full-screen').isVisible()).toBe(true);
      await waitForSettledCamera(page);
      const area = await screenPointOf(page, 'high-end-industry-area');
      await page.mouse.click(area.x, area.y);
      await expect.poll(() => page.locator('#details-title').textContent()).toBe('高端产业片区');
      expect(await atlas.cspViolations()).toEqual([]);
      expect(workerUrls(page).filter((url) => !url.startsWith('blob:'))).toEqual([]);
      expect(atlas.errors).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );
});
