import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_TILE_TIMEOUT_MS } from '../../src/map/basemapFallback';
import { chromiumMissing } from './atlasPage';
import { it } from './fixture';

/**
 * The online basemap is opt-in; when its tiles cannot be had (offline, blocked by a network, the
 * server down) the bundled basemap takes over, the choice is shown reverted, and a status line says so.
 */

const OSM_TILES = 'https://tile.openstreetmap.org/**';
/** Loading the atlas on a busy two-core machine can take most of a minute. */
const SLOW_MACHINE_MS = 150_000;
/** How long the map may take to draw its zones on that machine. */
const PATIENCE_MS = 90_000;

/** Makes every online tile fail, as offline or behind a blocking network does. */
const blockTiles = (page: Page) => page.route(OSM_TILES, (route) => route.abort('internetdisconnected'));
/**
 * Makes every online tile request hang, never answered nor refused, as a network that drops packets
 * does. Returns when (Node's clock) the first tile was asked for.
 */
async function hangTiles(page: Page): Promise<{ firstRequest?: number }> {
  const seen: { firstRequest?: number } = {};
  await page.route(OSM_TILES, () => {
    seen.firstRequest ??= Date.now();
  });
  return seen;
}

/**
 * Records, in the page's own clock, when the map was first drawn (`data-map="ready"`) and when the
 * status line first showed: the fallback's delay as a visitor sees it, whatever the machine's load.
 */
const recordTimes = (page: Page) =>
  page.addInitScript(() => {
    const times: { ready?: number; status?: number } = {};
    (window as unknown as { fallbackTimes: typeof times }).fallbackTimes = times;
    new MutationObserver(() => {
      if (document.documentElement.dataset.map === 'ready') times.ready ??= performance.now();
      const status = document.getElementById('status');
      if (status && !status.hidden && /OpenStreetMap/.test(status.textContent ?? ''))
        times.status ??= performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });

const basemapParam = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('basemap'));
const checkedBasemap = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="basemap"]:checked')?.value);
const osmLayerDrawn = (page: Page) => page.evaluate(() => window.atlas!.map.getLayer('osm-raster') !== undefined);

describe.skipIf(chromiumMissing)('a failing online basemap', () => {
  it(
    'opened from a link: the bundled map takes over within seconds, and a status line says so',
    async ({ openAtlas }) => {
      const atlas = await openAtlas('?basemap=osm&lang=en', {
        beforeLoad: async (page) => {
          await blockTiles(page);
          await recordTimes(page);
        },
        timeout: PATIENCE_MS,
      });
      const { page } = atlas;
      const status = page.locator('#status');
      await expect
        .poll(() => status.innerText())
        .toContain('The online map (OpenStreetMap) could not be loaded, so the bundled map is shown again.');
      expect(await status.getAttribute('role')).toBe('status');
      // "Within a few seconds" of the map being drawn (the failures start before; the switch waits for
      // the first style to load). Negative when the message came first.
      const times = await page.evaluate(
        () => (window as unknown as { fallbackTimes: Record<string, number> }).fallbackTimes,
      );
      expect(times['status']! - times['ready']!).toBeLessThan(3000);
      // The choice is shown reverted: the store, the layers panel and the link all say "bundled".
      expect(await page.evaluate(() => window.atlas!.store.get().basemap)).toBe('offline');
      expect(await checkedBasemap(page)).toBe('offline');
      await expect.poll(() => basemapParam(page)).toBeNull();
      expect(await osmLayerDrawn(page)).toBe(false);
      // Only one message, not one per failed tile: no generic "part of the map failed" either.
      expect(await status.innerText()).not.toContain('Part of the map failed');
      expect(await page.evaluate(() => window.atlas!.map.queryRenderedFeatures().length)).toBeGreaterThan(0);
      expect(atlas.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );

  it(
    'chosen in the layers panel, in Chinese: reverted to the bundled map, said in Chinese; a retry is possible',
    async ({ openAtlas }) => {
      const { page } = await openAtlas('?lang=zh', {
        beforeLoad: async (page) => {
          await blockTiles(page);
        },
        timeout: PATIENCE_MS,
      });
      await page.getByRole('tab', { name: '图层' }).click();
      // Clicked, not `check()`ed: with its tiles refused the choice may be reverted before Playwright
      // reads the radio back, which `check()` would take for a click that did nothing.
      await page.getByRole('radio', { name: 'OpenStreetMap（在线）' }).click();
      const status = page.locator('#status');
      await expect.poll(() => status.innerText()).toContain('无法加载在线地图（OpenStreetMap），已改回内置地图。');
      expect(await status.getAttribute('role')).toBe('status');
      await expect.poll(() => checkedBasemap(page)).toBe('offline');
      expect(await osmLayerDrawn(page)).toBe(false);
      // Dismissed, then chosen again (say, back online; here still blocked): it falls back again.
      await page.getByRole('button', { name: '关闭提示' }).click();
      expect(await status.isVisible()).toBe(false);
      await page.getByRole('radio', { name: 'OpenStreetMap（在线）' }).click();
      await expect.poll(() => status.isVisible()).toBe(true);
      await expect.poll(() => checkedBasemap(page)).toBe('offline');
    },
    SLOW_MACHINE_MS,
  );

  it(
    'hanging: when no tile arrives in time, the bundled map takes over with the same status line',
    async ({ openAtlas }) => {
      let requests: { firstRequest?: number } = {};
      const atlas = await openAtlas('?basemap=osm&lang=en', {
        beforeLoad: async (page) => {
          requests = await hangTiles(page);
        },
        timeout: PATIENCE_MS,
      });
      const { page } = atlas;
      const status = page.locator('#status');
      await expect
        .poll(() => status.innerText(), { timeout: FIRST_TILE_TIMEOUT_MS + 20_000 })
        .toContain('The online map (OpenStreetMap) could not be loaded, so the bundled map is shown again.');
      const waited = Date.now() - requests.firstRequest!;
      expect(await status.getAttribute('role')).toBe('status');
      // The clock, not an error, decided: nothing failed, it only never came.
      expect(waited).toBeGreaterThanOrEqual(FIRST_TILE_TIMEOUT_MS - 1000);
      expect(await page.evaluate(() => window.atlas!.store.get().basemap)).toBe('offline');
      expect(await checkedBasemap(page)).toBe('offline');
      await expect.poll(() => basemapParam(page)).toBeNull();
      expect(await osmLayerDrawn(page)).toBe(false);
      expect(atlas.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );
});
