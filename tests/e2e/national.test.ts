import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumMissing, waitForAtlas } from './atlasPage';
import { it } from './fixture';

/** Issue 24: Beijing among China's FTZs (the chart), reference rows in the comparison, Lay over from it. */

const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const overlayFeatures = (page: Page) =>
  page.evaluate(() => window.atlas!.map.queryRenderedFeatures({ layers: ['planner-overlay-fill'] }).length);

describe.skipIf(chromiumMissing)('China’s pilot FTZs', () => {
  it('charts all 22 FTZs with Beijing highlighted and every figure’s source, as bars and as a table', async ({
    openAtlas,
  }) => {
    const atlas = await openAtlas();
    const { page } = atlas;
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    const figure = page.locator('#chart-national-ftz');
    await figure.locator('svg').waitFor();
    expect(await figure.locator('h3').textContent()).toBe("Beijing among China's 22 pilot free trade zones");
    expect(await figure.locator('svg [data-ftz]').count()).toBe(22);
    expect(await figure.locator('svg .c-ftz-home').getAttribute('data-ftz')).toBe('beijing');
    expect(await figure.locator('svg [data-ftz="hainan"]').textContent()).toMatch(/whole island.*off the scale/);
    expect(await figure.locator('.chart-source').textContent()).toMatch(/^Source: .*\[S03\] China Daily/);

    // Pointing at Shanghai's bar lights Shanghai on the map of China.
    await figure.locator('svg [data-ftz="shanghai"] text').first().hover();
    await expect
      .poll(() => figure.locator('svg path.c-land.is-lit').evaluateAll((lit) => lit.map((p) => p.dataset['province'])))
      .toEqual(['310000']);

    await figure.getByRole('button', { name: 'Show as table' }).click();
    const tables = figure.locator('.chart-tables table');
    await expect.poll(() => tables.first().isVisible()).toBe(true);
    const ftzRows = tables.nth(0).locator('tbody tr');
    expect(await ftzRows.count()).toBe(22);
    const beijing = await ftzRows.filter({ hasText: 'China (Beijing) Pilot FTZ' }).innerText();
    expect(beijing).toMatch(/2020.*国发〔2020〕10号.*119\.68.*S0\d/s);
    // Chongqing's area split has no source: not published, not a number.
    expect(await tables.nth(1).locator('tr', { hasText: 'Liangjiang' }).innerText()).toContain('area not published');
    expect(await tables.nth(2).locator('tbody tr').count()).toBeGreaterThan(50);
    expect(atlas.errors).toEqual([]);
  });

  it('adds Shanghai FTZ as a reference row that the link and the CSV keep, and lays a row over the map', async ({
    openAtlas,
  }) => {
    const atlas = await openAtlas('?compare=cbd-part');
    const { page } = atlas;
    const picker = page.locator('#compare select.compare-ref-picker');
    await picker.waitFor({ timeout: 30_000 });
    await picker.selectOption('shanghai');
    const row = page.locator('#compare tr[data-reference="shanghai"]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/China \(Shanghai\) Pilot FTZ[\s\S]*reference[\s\S]*240\.22[\s\S]*2013/);
    await expect.poll(() => urlParam(page, 'ref')).toBe('shanghai');

    await page.reload();
    await waitForAtlas(page);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain('240.22');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .slice(1)
      .split('\r\n');
    expect(lines.map((line) => line.split(',')[0]).slice(1, 3)).toEqual(['cbd-part', 'ref:shanghai']);
    expect(lines[2]).toMatch(/,240\.22,.*\[S\d{2}\] .*https:\/\//);

    // Lay over, straight from the comparison's row.
    await page.getByRole('button', { name: 'Lay over (true size): Beijing CBD part' }).click();
    await expect.poll(() => page.locator('[data-overlay]').isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => overlayFeatures(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-overlay]').innerText()).toContain('Beijing CBD part');
    expect(atlas.errors).toEqual([]);
  });
});
