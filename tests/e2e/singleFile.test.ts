import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  chromiumMissing,
  NO_WEBGL_ARGS,
  openPage,
  screenPointOf,
  svgPointOf,
  waitForAtlas,
  waitForMap,
  type AtlasPage,
} from './atlasPage';
import { it, type OpenOptions } from './fixture';
import { downloadDeck, readDeck } from './deckFile';
import { exportMapImage, waitForExportControl } from './mapImageFile';

/**
 * The one-file build (`npm run build:single`) opened straight from disk, as a presenter double-clicks
 * it: no server, no network, and no Chromium flag (no --allow-file-access-from-files).
 */

const SINGLE_FILE = resolve('dist-single/index.html');
/**
 * The file parses 3 MB of inline script and each MapLibre worker its own 0.5 MB copy: on a loaded
 * two-core machine (SwiftShader renders on the CPU) the first frame can take 40 s, so waits are long.
 */
const FIRST_FRAME_MS = 90_000;
/** MapLibre's first frame (the tour's scene may hide the zones), with that patience. */
const MAP_DRAWN: OpenOptions = { waitFor: 'map', timeout: FIRST_FRAME_MS };

/** Runs Vite in a child process with NODE_ENV=production, as `npm run build:single` does. */
function viteBuild(args: string[]): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', ...args], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Presses the map image button at 1920 × 1080 and reads the PNG it downloads. */
async function exportFullHd(page: Page): Promise<{ png: Buffer; name: string }> {
  await waitForExportControl(page);
  const { name, bytes } = await exportMapImage(page, '1920x1080');
  return { png: bytes, name };
}

const pageUrl = (query = '') => `${pathToFileURL(SINGLE_FILE).href}${query}`;

beforeAll(() => {
  // `npm run test:e2e` builds it first; a lone run of this file builds it when it is missing.
  if (!chromiumMissing && !existsSync(SINGLE_FILE)) viteBuild(['--config', 'vite.single.config.ts']);
}, 120_000);

/** A link that asks for the online basemap: the file must still contact no host. */
const OSM_LINK = pageUrl('?basemap=osm');

/**
 * The one-file page the first test opens and the second walks on: parsing the 3 MB file and drawing
 * its map again gave nothing more. Closed after the file.
 */
let shared: Promise<AtlasPage> | undefined;
const sharedSingle = () =>
  (shared ??= openPage(OSM_LINK, {}).then(async (single) => {
    await waitForAtlas(single.page, MAP_DRAWN);
    return single;
  }));
afterAll(async () => {
  if (shared) await (await shared.catch(() => undefined))?.close();
});

describe.skipIf(chromiumMissing)('the one-file build from file://, with WebGL', () => {
  it(
    'draws the zones and basemap, opens details, charts and a comparison, and asks no host for anything',
    {
      timeout: 180_000,
    },
    async () => {
      // A link that asks for the online basemap gets the bundled one: this file contacts no host.
      const url = OSM_LINK;
      const single = await sharedSingle();
      const { page } = single;
      const rendered = (layers: string[]) =>
        page.evaluate((ids) => window.atlas!.map.queryRenderedFeatures({ layers: ids }).length, layers);
      await expect.poll(() => rendered(['zones-area-fill']), { timeout: 30_000 }).toBeGreaterThan(0);
      // The basemap GeoJSON, a data: URL fetched and tiled by MapLibre's blob: worker.
      await expect.poll(() => rendered(['district-line'])).toBeGreaterThan(0);

      // Details open on a click on the map.
      const area = await screenPointOf(page, 'high-end-industry-area');
      await page.mouse.click(area.x, area.y);
      await expect.poll(() => page.locator('#details h2').textContent()).toBe('High-end Industry Area');

      // The comparison, with its distances from the landmarks file.
      await page.locator('#details').getByRole('button', { name: 'Add to compare' }).click();
      const row = page.locator('#compare tr[data-zone-id="high-end-industry-area"]');
      await expect.poll(() => row.isVisible(), { timeout: 30_000 }).toBe(true);
      // The seventh cell: distance to Capital Airport, measured against landmarks.json.
      await expect.poll(() => row.locator('td').nth(6).innerText()).toMatch(/^\d+(\.\d+)?$/);

      // The charts draw from their inlined statistics.
      await page.getByRole('button', { name: 'Charts', exact: true }).click();
      await expect.poll(() => page.locator('#charts figure.chart svg[role="img"]').count()).toBe(8);
      // A chart's PNG export draws the SVG through a blob: image (img-src blob:) and saves a blob: link.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#chart-services-share').getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const png = readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

      // The online basemap is shown switched off, with the reason (the details cover the tabs: close them).
      await page.locator('#details .details-close').click();
      await page.getByRole('tab', { name: 'Layers' }).click();
      expect(await page.locator('input[name="basemap"][value="osm"]').isDisabled()).toBe(true);
      expect(await page.locator('input[name="basemap"][value="offline"]').isChecked()).toBe(true);
      expect(await page.locator('#layers .layer-note').innerText()).toContain('Not available in this offline copy');

      // An imported file is read by the import worker and drawn from tiles the user-tile worker cuts
      // (both inlined classic workers from blob: URLs) through the atlas-user:// protocol.
      await page
        .locator('input[type=file][data-import]')
        .setInputFiles(resolve('tests/fixtures/import/e2e/two-plots.geojson'));
      await expect.poll(() => rendered(['user-features-fill']), { timeout: 30_000 }).toBeGreaterThan(0);

      expect(single.requests).toEqual([url]);
      expect(await single.cspViolations()).toEqual([]);
      expect(single.errors).toEqual([]);
    },
  );

  it(
    // On the first test's page, which imported a file (through both inlined workers). The map image
    // is exported, and checked for violations, by the next test: drawing a second 1920 × 1080 map in
    // software GL here added time and nothing more.
    'searches, switches layers, theme and language, measures, tours and shares with no violation',
    { timeout: 300_000 },
    async () => {
      const url = OSM_LINK;
      const single = await sharedSingle();
      const { page } = single;
      // The first test left the charts (over half the map) and a comparison open: put them away.
      await page.getByRole('button', { name: 'Charts', exact: true }).click();
      await expect.poll(() => page.locator('#charts figure.chart').first().isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Clear comparison' }).click();
      await expect.poll(() => page.locator('#compare').isVisible()).toBe(false);
      const steps: string[] = [];
      const step = async (name: string, action: () => Promise<void>) => {
        await action();
        steps.push(`${name}: ${(await single.cspViolations()).join('; ') || 'ok'}`);
      };
      await step('search', async () => {
        const search = page.getByRole('combobox', { name: 'Search zones' });
        await search.fill('Jinzhan');
        await search.press('Enter');
        await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
        await page.locator('#details .details-close').click();
      });
      await step('layers, theme and language', async () => {
        await page.getByRole('tab', { name: 'Layers' }).click();
        await page.getByRole('checkbox', { name: 'Subway' }).uncheck();
        await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
        await page.getByRole('button', { name: '中文' }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('tab', { name: 'Zones' }).click();
      });
      await step('measure', async () => {
        await page.getByRole('button', { name: 'Measure distance' }).click({ timeout: 60_000 });
        // The tool loads on first use: clicks before it listens add no point.
        await expect.poll(() => page.locator('[data-measure="distance"]').getAttribute('aria-pressed')).toBe('true');
        const box = (await page.locator('#map canvas').boundingBox())!;
        await page.mouse.click(box.x + box.width * 0.4, box.y + box.height * 0.3);
        await page.mouse.dblclick(box.x + box.width * 0.6, box.y + box.height * 0.3);
        await expect.poll(() => page.locator('.measure-result').getAttribute('data-finished')).toBe('true');
        await page.getByRole('button', { name: 'Clear measurement' }).click();
      });
      await step('tour', async () => {
        await page.getByRole('button', { name: 'Tour', exact: true }).click();
        await expect.poll(() => page.locator('#tour .tour-count').textContent()).toBe('Step 1 of 8');
        await page.getByRole('button', { name: 'Next' }).click();
        await expect.poll(() => page.locator('#tour .tour-count').textContent()).toBe('Step 2 of 8');
        await page.getByRole('button', { name: 'Close the tour' }).click();
      });
      await step('share dialog', async () => {
        await page.locator('.share-button').click();
        await page.waitForSelector('dialog.share-dialog[open]');
        // The live preview frames this same file (the policy's frame-src 'self').
        const frame = (await (await page.waitForSelector('.share-preview-frame')).contentFrame())!;
        await waitForMap(frame, 'ready', FIRST_FRAME_MS);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('dialog.share-dialog').count()).toBe(0);
      });
      expect(steps.filter((line) => !line.endsWith(': ok'))).toEqual([]);
      // The share preview loads this same file in a frame; nothing else is asked for.
      expect(new Set(single.requests.map((request) => request.replace(/\?.*$/, '')))).toEqual(
        new Set([url.replace(/\?.*$/, '')]),
      );
      expect(single.errors).toEqual([]);
    },
  );

  it(
    'runs the guided tour and exports a map image and a slide, with the tour, image and deck code inlined too',
    { timeout: 180_000 },
    async ({ openPage }) => {
      const url = pageUrl('?tour=1&step=2');
      const single = await openPage(url, MAP_DRAWN);
      const { page } = single;
      // The tour's scenes come from the inlined data (a data: URL), its code from the same file.
      const title = () => page.locator('#tour h2').textContent();
      await expect.poll(title, { timeout: 30_000 }).toBe('Three areas, 119.68 km²');
      await page.keyboard.press('ArrowRight');
      await expect.poll(title).toBe('The airport economy');
      await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('step'))).toBe('3');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#tour').isVisible()).toBe(false);

      // The map image: a hidden MapLibre map (blob: worker), drawn, composited and saved as a blob:.
      const { png, name } = await exportFullHd(page);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
      expect(name).toBe('beijing-ftz-atlas-1920x1080.png');

      // The view as one PowerPoint slide: the deck's code and pptxgenjs (with JSZip) are inlined too.
      // (The header shows its button from 1440 px up.)
      await page.setViewportSize({ width: 1440, height: 800 });
      const deck = await downloadDeck(page, 'view');
      const slides = await readDeck(deck.bytes);
      expect(slides).toHaveLength(1);
      expect(slides[0]!.images).toHaveLength(1);

      expect(single.requests).toEqual([url]);
      expect(await single.cspViolations()).toEqual([]);
      expect(single.errors).toEqual([]);
    },
  );
});

describe.skipIf(chromiumMissing)('the one-file build from file://, without WebGL', () => {
  it(
    'draws the SVG map and opens details, with no request and no CSP violation',
    { timeout: 180_000 },
    async ({ openPage }) => {
      const single = await openPage(pageUrl(), { browserArgs: NO_WEBGL_ARGS, waitFor: 'svg', timeout: FIRST_FRAME_MS });
      const { page } = single;
      await expect.poll(() => page.locator('svg.svg-map path[data-zone-id]').count()).toBeGreaterThan(10);
      const area = await svgPointOf(page, 'high-end-industry-area');
      await page.mouse.click(area.x, area.y);
      await expect.poll(() => page.locator('#details h2').textContent()).toBe('High-end Industry Area');
      await page.getByRole('button', { name: 'Charts', exact: true }).click();
      await expect.poll(() => page.locator('#charts figure.chart svg[role="img"]').count()).toBe(8);
      expect(single.requests).toEqual([pageUrl()]);
      expect(await single.cspViolations()).toEqual([]);
      expect(single.errors).toEqual([]);
    },
  );
});
