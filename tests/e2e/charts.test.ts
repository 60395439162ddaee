import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumMissing, screenPointOf, waitForAtlas } from './atlasPage';
import { it } from './fixture';
import { sharedAtlas } from './sharedAtlas';

/** Opens the charts drawer of an atlas whose map is drawn, as a visitor would. */
async function openCharts({ page }: { page: Page }): Promise<Page> {
  await page.getByRole('button', { name: 'Charts', exact: true }).click();
  await page.locator('#chart-zone-areas svg').waitFor();
  return page;
}

const featureState = (page: Page, id: string) =>
  page.evaluate((zoneId) => window.atlas!.map.getFeatureState({ source: 'zones', id: zoneId }), id);

describe.skipIf(chromiumMissing)('the charts in Chromium', () => {
  /** The atlas as a plain link opens it, shared by the tests that start there (sharedAtlas.ts). */
  const defaultAtlas = sharedAtlas();

  it('loads the statistics only when the drawer is opened, after the map, and draws all eight charts', async ({
    openAtlas,
  }) => {
    // Listening from the page's load on, as before the map is drawn.
    const atlas = await openAtlas('', { waitFor: 'nothing' });
    const { page } = atlas;
    const statsRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/(stats|events|pilot-regions|provinces)-[\w-]+\.(json|geojson)$/.test(request.url())) {
        statsRequests.push(request.url());
      }
    });
    await waitForAtlas(page);
    const toggle = page.getByRole('button', { name: 'Charts', exact: true });
    await toggle.waitFor();
    expect(await page.locator('#charts').isVisible()).toBe(false);
    expect(statsRequests).toEqual([]);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#chart-pilot-regions svg').waitFor();
    expect(statsRequests).toHaveLength(4);
    const charts = await page.locator('#charts figure.chart svg[role="img"]').count();
    expect(charts).toBe(8);
    expect(await page.locator('#chart-services-share h3').textContent()).toBe(
      "Services share of Beijing's GDP, 2018–2024",
    );
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
    // The statistics are checked with zod too, in its jitless mode: no eval probe for the CSP to report.
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('highlights a zone on the map when its bar is hovered', async () => {
    const page = await openCharts(await defaultAtlas());
    await page.locator('#chart-zone-areas [data-zone-id="cbd-part"] .c-bar-official').hover();
    await expect.poll(() => featureState(page, 'cbd-part')).toMatchObject({ hover: true });
    await page.locator('#chart-zone-areas [data-zone-id="high-end-industry-area"] .c-bar-official').hover();
    await expect.poll(() => featureState(page, 'high-end-industry-area')).toMatchObject({ hover: true });
    expect(await featureState(page, 'cbd-part')).toMatchObject({ hover: false });
  });

  it('highlights the bar of a zone selected on the map', async () => {
    const page = await openCharts(await defaultAtlas());
    const bar = page.locator('#chart-zone-areas [data-zone-id="sci-tech-innovation-area"]');
    expect(await bar.getAttribute('class')).not.toContain('is-selected');
    const point = await screenPointOf(page, 'sci-tech-innovation-area');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => bar.getAttribute('class')).toContain('is-selected');
    // The other charts' marks of the same zone light up too, and the rest is dimmed.
    expect(
      await page.locator('#chart-area-composition [data-zone-id="sci-tech-innovation-area"]').getAttribute('class'),
    ).toContain('is-selected');
    expect(await page.locator('#chart-zone-areas svg').getAttribute('class')).toContain('has-highlight');
  });

  it('downloads a valid SVG file with the chart title and source', async () => {
    const page = await openCharts(await defaultAtlas());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#chart-zone-areas').getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('beijing-ftz-zone-areas-en.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('Official area of each FTZ area and part');
    expect(svg).toContain('Source: Beijing Municipal Commerce Bureau press conference');
    expect(svg).not.toContain('var(--');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { errors: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.tagName };
    }, svg);
    expect(parsed).toEqual({ errors: 0, root: 'svg' });
  });

  it('downloads a PNG at twice the pixel ratio', async () => {
    const page = await openCharts(await defaultAtlas());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#chart-services-share').getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('beijing-ftz-services-share-en.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit integers; the export is 760 CSS px wide.
    expect(png.readUInt32BE(16)).toBe(1520);
    expect(png.readUInt32BE(20) % 2).toBe(0);
  });

  it('moves the map to an event’s place when the event is clicked in the timeline', async () => {
    const page = await openCharts(await defaultAtlas());
    const before = await page.evaluate(() => window.atlas!.map.getZoom());
    await page.locator('#chart-timeline [data-event-id="sino-german-park-opens"] .c-event-title').click();
    await page.waitForFunction(() => !window.atlas!.map.isMoving() && window.atlas!.map.getZoom() > 11.5, null, {
      timeout: 20_000,
    });
    expect(before).toBeLessThan(10);
    // The park is now on screen, in the part of the map the drawer does not cover.
    const { x, y, drawerLeft, height } = await page.evaluate(() => {
      const projected = window.atlas!.map.project([116.66, 40.16]);
      return {
        ...projected,
        drawerLeft: document.getElementById('charts')!.getBoundingClientRect().left,
        height: window.atlas!.map.getCanvas().clientHeight,
      };
    });
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(drawerLeft);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(height);
  });

  it('shows each chart as a table with the same numbers', async () => {
    const page = await openCharts(await defaultAtlas());
    const figure = page.locator('#chart-area-composition');
    expect(await figure.locator('table').isVisible()).toBe(false);
    await figure.getByRole('button', { name: 'Show as table' }).click();
    const table = figure.locator('table');
    expect(await table.isVisible()).toBe(true);
    const text = await table.innerText();
    expect(text).toContain('Unexplained 1.05 km²');
    expect(text).toContain('28.5');
    expect(await figure.getByRole('button', { name: 'Show as table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches the charts to Chinese with the rest of the page', async () => {
    const page = await openCharts(await defaultAtlas());
    await page.evaluate(() => window.atlas!.store.update({ language: 'zh' }));
    await expect
      .poll(() => page.locator('#chart-zone-areas h3').textContent())
      .toBe('自贸试验区各片区及组团的官方面积');
    expect(await page.locator('#chart-zone-areas svg title').first().textContent()).toBe(
      '自贸试验区各片区及组团的官方面积',
    );
    expect(await page.locator('#charts-toggle').textContent()).toBe('图表');
  });

  it('keeps the map and the zone charts working when a statistics file is broken', async ({ openAtlas }) => {
    const atlas = await openAtlas('', {
      beforeLoad: (page) =>
        page.route(/\/stats-[\w-]+\.json$/, (route) =>
          route.fulfill({ contentType: 'application/json', body: '{"figures": 3}' }),
        ),
    });
    const page2 = await openCharts(atlas);
    const error = page2.locator('#chart-key-figures .chart-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^stats\.json: field "figures": /);
    expect(await page2.locator('#chart-zone-areas svg [data-zone-id]').count()).toBeGreaterThan(5);
    expect(await page2.locator('#chart-timeline svg').count()).toBe(1);
  });
});
