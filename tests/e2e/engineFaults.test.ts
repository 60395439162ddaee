import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_FRAME_BUDGET_MS } from '../../src/map/firstFrameWatch';
import { chromiumMissing, svgPointOf, waitForSettledCamera, waitForSvgMap } from './atlasPage';
import { it } from './fixture';

/**
 * Faults in the map engine itself (docs/faults.md): the page keeps a working map and every tool that
 * can work without MapLibre, says what happened in plain words, and loses no state.
 */

const WORKER = /maplibre-gl-worker-[\w-]+\.mjs$/;

/** MapLibre's worker script refused, as by a proxy, an extension or a host's policy. */
const blockWorker = (page: Page) => page.route(WORKER, (route) => route.fulfill({ status: 403, body: 'blocked' }));

/** The bundled basemap, which MapLibre's worker fetches. */
const BASEMAP = /\/beijing-[\w-]+\.geojson$/;

/** A drawn map has many colours; a canvas that lost its context, or never drew, has one or two. */
const MANY_COLOURS = 20;

/**
 * How many colours MapLibre's next frame has, read inside that frame (the drawing buffer is not kept
 * after it), from a small copy of the canvas.
 */
const drawnColours = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const { map } = window.atlas!;
        map.once('render', () => {
          const copy = document.createElement('canvas');
          copy.width = 64;
          copy.height = 64;
          const context = copy.getContext('2d', { willReadFrequently: true })!;
          context.drawImage(map.getCanvas(), 0, 0, 64, 64);
          const pixels = context.getImageData(0, 0, 64, 64).data;
          const colours = new Set<number>();
          for (let i = 0; i < pixels.length; i += 4)
            colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
          resolve(colours.size);
        });
        map.triggerRepaint();
      }),
  );

const contextEvents = (page: Page) =>
  page.evaluate(() => [...((window as unknown as { contextEvents?: string[] }).contextEvents ?? [])]);

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

  it('worker script held, never answered: after the first-frame budget the SVG map takes over', async ({
    openAtlas,
  }) => {
    let held = false;
    const atlas = await openAtlas('?lang=en&zone=cbd-part', {
      waitFor: 'nothing',
      beforeLoad: async (page) => {
        // The page's clock, faked from the start, runs on its own: the test jumps it past the budget.
        await page.clock.install();
        await page.route(WORKER, () => void (held = true));
      },
    });
    const { page } = atlas;
    // MapLibre was made (it asks for its worker then), and its budget has started.
    await expect.poll(() => held).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.map)).toBe('loading');
    await page.clock.fastForward(FIRST_FRAME_BUDGET_MS + 1000);
    await waitForSvgMap(page);
    await expect.poll(() => page.locator('#status').innerText()).toContain('the detailed map could not start here');
    expect(await page.locator('#map canvas').count()).toBe(0);
    await expect.poll(() => page.locator('#details h2').innerText()).toBe('Beijing CBD part');
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });

  it('worker blocked, in Chinese: the notice is in Chinese, with its retry', async ({ openAtlas }) => {
    const { page } = await openAtlas('?lang=zh', { beforeLoad: blockWorker, waitFor: 'svg' });
    await expect.poll(() => page.locator('#status').innerText()).toContain('详细地图无法在此启动');
    expect(await page.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
    await waitForSvgMap(page);
  });

  it('bundled basemap truncated, in Chinese: the zones draw, the notice names the background map', async ({
    openAtlas,
  }) => {
    const atlas = await openAtlas('?lang=zh', {
      beforeLoad: (page) =>
        page.route(BASEMAP, async (route) => {
          const body = await (await route.fetch()).text();
          await route.fulfill({ status: 200, contentType: 'application/json', body: body.slice(0, 5000) });
        }),
    });
    const { page } = atlas;
    await expect.poll(() => page.locator('#status').innerText()).toContain('无法加载背景地图（道路、河流、区界）');
    expect(await page.getByRole('button', { name: '重试' }).isVisible()).toBe(true);
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });

  it('WebGL context lost and restored: the map draws again, and what was chosen meanwhile is kept', async ({
    openAtlas,
  }) => {
    const atlas = await openAtlas('?lang=en');
    const { page } = atlas;
    const before = await drawnColours(page);
    expect(before).toBeGreaterThan(MANY_COLOURS);
    await page.evaluate(() => {
      const { map } = window.atlas!;
      const seen = ((window as unknown as { contextEvents: string[] }).contextEvents = [] as string[]);
      map.on('webglcontextlost', () => seen.push('lost'));
      map.on('webglcontextrestored', () => seen.push('restored'));
      const canvas = map.getCanvas();
      // Kept: a lost context gives no extensions, and the same one restores it.
      const extension = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!.getExtension(
        'WEBGL_lose_context',
      )!;
      (window as unknown as { loseContext: WEBGL_lose_context }).loseContext = extension;
      extension.loseContext();
    });
    await expect.poll(() => contextEvents(page)).toEqual(['lost']);
    // While the map cannot draw, the rest of the page works: a zone chosen in the search opens.
    await page.getByRole('combobox', { name: 'Search zones' }).fill('CBD');
    await page.getByRole('combobox', { name: 'Search zones' }).press('Enter');
    await expect.poll(() => page.locator('#details h2').innerText()).toBe('Beijing CBD part');
    await page.evaluate(() => (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext());
    await expect.poll(() => contextEvents(page)).toEqual(['lost', 'restored']);
    await waitForSettledCamera(page);
    await expect.poll(() => drawnColours(page), { timeout: 30_000 }).toBeGreaterThan(MANY_COLOURS);
    expect(await linkParam(page, 'zone')).toBe('cbd-part');
    expect(await page.locator('#status').isVisible()).toBe(false);
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });
});
