import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, svgPointOf, waitForSvgMap } from './atlasPage';
import { it } from './fixture';

/**
 * Faults in the map engine itself (docs/faults.md): the page keeps a working map and every tool that
 * can work without MapLibre, says what happened in plain words, and loses no state.
 */

/** MapLibre's worker script refused, as by a proxy, an extension or a host's policy. */
const blockWorker = (page: Page) =>
  page.route(/maplibre-gl-worker-[\w-]+\.mjs$/, (route) => route.fulfill({ status: 403, body: 'blocked' }));

const linkParam = (page: Page, name: string) =>
  page.evaluate((key) => new URL(window.location.href).searchParams.get(key), name);

/** Which of the header's tools are on show: Charts, and the presenter's Share, Image and Tour. */
const headerTools = (page: Page) =>
  Promise.all(
    ['#charts-toggle', '#presenter-share button', '#presenter-image button', '#presenter-tour button'].map((selector) =>
      page.locator(selector).first().isVisible(),
    ),
  );

describe.skipIf(chromiumMissing)('a map engine that fails after it started', () => {
  it('worker blocked: the SVG map takes over with every tool, a plain notice, and the link’s state kept', async ({
    openAtlas,
  }) => {
    const query = '?lang=en&zone=cbd-part&compare=cbd-part,tianzhu-comprehensive-bonded-zone';
    const atlas = await openAtlas(query, { beforeLoad: blockWorker, waitFor: 'svg' });
    const { page } = atlas;
    const status = page.locator('#status');
    await expect.poll(() => status.innerText()).toContain('the detailed map could not start here');
    expect(await status.innerText()).not.toMatch(/worker/i);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    // No dead canvas over the SVG map: MapLibre was removed.
    expect(await page.locator('#map canvas').count()).toBe(0);
    // The tools that work without MapLibre are all there; the measure buttons say why they are off.
    await expect.poll(() => headerTools(page)).toEqual([true, true, true, true]);
    await page.locator('[data-measure]').first().waitFor();
    expect(await page.locator('.planner-reason').first().isVisible()).toBe(true);
    // The link's selection and comparison survived the change of map.
    await expect.poll(() => page.locator('#details h2').innerText()).toBe('Beijing CBD part');
    expect(await linkParam(page, 'compare')).toBe('cbd-part,tianzhu-comprehensive-bonded-zone');
    expect(await page.locator('#compare').isVisible()).toBe(true);
    // The SVG map answers clicks: the CBD, closed, is chosen again on the map.
    await page.locator('#details .details-close').click();
    await expect.poll(() => linkParam(page, 'zone')).toBeNull();
    const cbd = await svgPointOf(page, 'cbd-part');
    await page.mouse.click(cbd.x, cbd.y);
    await expect.poll(() => linkParam(page, 'zone')).toBe('cbd-part');
    expect(await linkParam(page, 'compare')).toBe('cbd-part,tianzhu-comprehensive-bonded-zone');
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });

  it('worker blocked, in Chinese: the notice is in Chinese, with its retry', async ({ openAtlas }) => {
    const { page } = await openAtlas('?lang=zh', { beforeLoad: blockWorker, waitFor: 'svg' });
    await expect.poll(() => page.locator('#status').innerText()).toContain('详细地图无法在此启动');
    expect(await page.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
    await waitForSvgMap(page);
  });
});
