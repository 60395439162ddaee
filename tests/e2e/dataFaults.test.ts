import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { STILL_LOADING_MS } from '../../src/shell/stillLoading';
import { chromiumMissing, NO_WEBGL_ARGS, useBrowserArgs, waitForSvgMap } from './atlasPage';
import { it } from './fixture';

/**
 * The bundled files the page loads, each answering 404, 500, truncated JSON or late (docs/faults.md):
 * a plain notice names what failed in both languages, "Try again" fetches it anew, a slow file gets a
 * "still loading" line, and the rest keeps working. These files are the same for either map, so the
 * SVG map (a browser without WebGL) stands in: it is ready in a second or two. The MapLibre-only
 * basemap is in engineFaults.test.ts.
 */
useBrowserArgs(NO_WEBGL_ARGS);

const ZONES = /\/zones-[\w-]+\.geojson$/;
const STATS = /\/stats-[\w-]+\.json$/;
const TOUR = /\/tour-[\w-]+\.json$/;

/** How a file fails; 'ok' lets it through. */
type Fault = 404 | 500 | 'truncated' | 'ok';

/** Serves `pattern` with the fault the test sets on the returned object (the first is `first`). */
async function serveFault(page: Page, pattern: RegExp, first: Fault): Promise<{ fault: Fault }> {
  const now = { fault: first };
  await page.route(pattern, async (route) => {
    if (now.fault === 'ok') return route.continue();
    if (now.fault !== 'truncated') return route.fulfill({ status: now.fault, body: 'fault injected' });
    const body = await (await route.fetch()).text();
    return route.fulfill({ status: 200, contentType: 'application/json', body: body.slice(0, body.length / 2) });
  });
  return now;
}

/**
 * Holds the first request for `pattern` until the test calls the returned release: a file that comes
 * late, however late the test wants (it waits for the "still loading" line, not for a clock).
 */
async function holdOnce(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    pattern,
    async (route) => {
      await released;
      await route.continue();
    },
    { times: 1 },
  );
  return release;
}

/** The imported features' names in "Your features", as listed. */
const listedNames = (page: Page) => page.locator('[data-user-features] .user-item .user-name').allTextContents();

/** Imports a GeoJSON file of two plots through the file picker, once the import panel is there. */
async function importTwoPlots(page: Page): Promise<void> {
  const input = page.locator('input[type=file][data-import]');
  await input.waitFor({ state: 'attached' });
  await input.setInputFiles('tests/fixtures/import/e2e/two-plots.geojson');
}

/** The rest of the page works: a zone found in the search opens, and joins the comparison. */
async function expectWorkingPage(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Search zones' }).fill('CBD');
  await page.getByRole('combobox', { name: 'Search zones' }).press('Enter');
  await expect.poll(() => page.locator('#details h2').innerText()).toBe('Beijing CBD part');
  await page.locator('#details').getByRole('button', { name: 'Add to compare' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('cbd-part');
}

const statusText = (page: Page) => page.locator('#status').innerText();
const statusShown = (page: Page) => page.locator('#status').isVisible();

/** Clicks the notice's "Try again" (in `label`'s language) once its detail names `reason`, then sets the next fault. */
async function retryAfter(page: Page, reason: RegExp, label: string, server: { fault: Fault }, next: Fault) {
  await expect.poll(() => page.locator('#status .status-detail').innerText()).toMatch(reason);
  server.fault = next;
  await page.getByRole('button', { name: label }).click();
}

describe.skipIf(chromiumMissing)('a bundled file that fails or comes late', () => {
  it('zones: 404, 500, truncated each say so (in Chinese) with Try again; the last try draws the map', async ({
    openAtlas,
  }) => {
    let server = { fault: 404 as Fault };
    const atlas = await openAtlas('?lang=zh&zone=cbd-part', {
      waitFor: 'nothing',
      beforeLoad: async (page) => (server = await serveFault(page, ZONES, 404)),
    });
    const { page } = atlas;
    await expect.poll(() => statusText(page)).toContain('无法加载区域数据。');
    expect(await page.locator('#status').getAttribute('role')).toBe('alert');
    await retryAfter(page, /zones\.geojson: could not be downloaded \(HTTP 404\)/, '重试', server, 500);
    await retryAfter(page, /zones\.geojson: could not be downloaded \(HTTP 500\)/, '重试', server, 'truncated');
    await retryAfter(page, /zones\.geojson: is not valid JSON/, '重试', server, 'ok');
    await waitForSvgMap(page);
    // The link survived every try.
    await expect.poll(() => page.locator('#details h2').innerText()).toBe('北京CBD');
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });

  it('zones late: a still-loading line, then the map', async ({ openAtlas }) => {
    let release = () => {};
    const { page } = await openAtlas('?lang=en', {
      waitFor: 'nothing',
      beforeLoad: async (page) => (release = await holdOnce(page, ZONES)),
    });
    await expect
      .poll(() => statusText(page), { timeout: STILL_LOADING_MS + 10_000 })
      .toContain('Still loading the zones (zones.geojson)');
    release();
    await waitForSvgMap(page);
    await expect.poll(() => statusText(page)).not.toContain('Still loading');
  });

  it('statistics: 404, 500, truncated each say so with Try again; the charts without them carry on', async ({
    openAtlas,
  }) => {
    let server = { fault: 404 as Fault };
    const atlas = await openAtlas('?lang=en', {
      waitFor: 'svg',
      beforeLoad: async (page) => (server = await serveFault(page, STATS, 404)),
    });
    const { page } = atlas;
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('#charts-toggle').click();
    await expect
      .poll(() => statusText(page))
      .toContain('The statistics for some charts could not be loaded (stats.json).');
    expect(await page.locator('#charts .chart-error').count()).toBeGreaterThan(0);
    expect(await page.locator('#charts svg.chart-svg').count()).toBeGreaterThan(0);
    await retryAfter(page, /stats\.json: could not be downloaded \(HTTP 404\)/, 'Try again', server, 500);
    await retryAfter(page, /stats\.json: could not be downloaded \(HTTP 500\)/, 'Try again', server, 'truncated');
    await retryAfter(page, /stats\.json: is not valid JSON/, 'Try again', server, 'ok');
    await expect.poll(() => page.locator('#charts .chart-error, #charts .chart-loading').count()).toBe(0);
    expect(await statusShown(page)).toBe(false);
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });

  it('statistics late: a still-loading line, then the charts', async ({ openAtlas }) => {
    let release = () => {};
    const { page } = await openAtlas('?lang=en', {
      waitFor: 'svg',
      beforeLoad: async (page) => (release = await holdOnce(page, STATS)),
    });
    // The simpler map's notice goes first: a still-loading line never covers a lasting notice.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('#charts-toggle').click();
    await expect
      .poll(() => statusText(page), { timeout: STILL_LOADING_MS + 10_000 })
      .toContain('Still loading the statistics for the charts');
    expect(await page.locator('#charts .chart-loading').count()).toBeGreaterThan(0);
    release();
    await expect.poll(() => page.locator('#charts .chart-error, #charts .chart-loading').count()).toBe(0);
    expect(await statusShown(page)).toBe(false);
  });

  it('tour: 404, 500, truncated each say so with Try again; the last try starts the tour', async ({ openAtlas }) => {
    let server = { fault: 404 as Fault };
    const atlas = await openAtlas('?lang=en', {
      waitFor: 'svg',
      beforeLoad: async (page) => (server = await serveFault(page, TOUR, 404)),
    });
    const { page } = atlas;
    await page.getByRole('button', { name: 'Tour' }).click();
    await expect.poll(() => statusText(page)).toContain('The tour could not be loaded (tour.json).');
    expect(await page.locator('#tour').isVisible()).toBe(false);
    await retryAfter(page, /tour\.json: could not be downloaded \(HTTP 404\)/, 'Try again', server, 500);
    await retryAfter(page, /tour\.json: could not be downloaded \(HTTP 500\)/, 'Try again', server, 'truncated');
    await retryAfter(page, /tour\.json: is not valid JSON/, 'Try again', server, 'ok');
    await expect.poll(() => page.locator('#tour .tour-caption').isVisible()).toBe(true);
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });

  it('tour late, in Chinese: a still-loading line, then the tour', async ({ openAtlas }) => {
    let release = () => {};
    const { page } = await openAtlas('?lang=zh', {
      waitFor: 'svg',
      beforeLoad: async (page) => (release = await holdOnce(page, TOUR)),
    });
    await page.getByRole('button', { name: '关闭提示' }).click();
    await page.getByRole('button', { name: '导览', exact: true }).click();
    await expect
      .poll(() => statusText(page), { timeout: STILL_LOADING_MS + 10_000 })
      .toContain('仍在加载导览（tour.json）');
    release();
    await expect.poll(() => page.locator('#tour .tour-caption').isVisible()).toBe(true);
    await expect.poll(() => statusText(page).catch(() => '')).not.toContain('仍在加载');
  });

  it('IndexedDB refused: an import still shows and can be compared; the notice says it will not be kept', async ({
    openAtlas,
  }) => {
    const atlas = await openAtlas('?lang=en', {
      waitFor: 'svg',
      beforeLoad: (page) =>
        page.addInitScript(() => {
          // As a private window or a policy does: the database cannot be opened at all.
          IDBFactory.prototype.open = () => {
            throw new DOMException('The user denied permission to access the database.', 'SecurityError');
          };
        }),
    });
    const { page } = atlas;
    await importTwoPlots(page);
    await expect.poll(() => statusText(page)).toContain('Your imports cannot be kept in this browser');
    await expect.poll(() => listedNames(page)).toEqual(['North plot', 'South plot']);
    await expectWorkingPage(page);
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });

  it('storage full mid-import, in Chinese: the import shows, the notice says it will not survive a reload', async ({
    openAtlas,
  }) => {
    const atlas = await openAtlas('?lang=zh', {
      waitFor: 'svg',
      beforeLoad: (page) =>
        page.addInitScript(() => {
          // The database opens and reads; the write of the import hits the quota.
          IDBObjectStore.prototype.put = () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        }),
    });
    const { page } = atlas;
    await importTwoPlots(page);
    await expect.poll(() => statusText(page)).toContain('浏览器存储空间已满');
    await expect.poll(() => listedNames(page)).toEqual(['North plot', 'South plot']);
    expect(atlas.errors.filter((error) => error.startsWith('uncaught'))).toEqual([]);
  });
});
