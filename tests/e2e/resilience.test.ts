import { describe, expect } from 'vitest';
import { chromiumMissing, waitForMap } from './atlasPage';
import { it } from './fixture';

/** Bad input never breaks the page: each failure is named on the page and the rest keeps working. */
describe.skipIf(chromiumMissing)('when something the atlas loads is broken', () => {
  it('names the file, the zone and the field of a tampered zones file, and does not crash', async ({ openAtlas }) => {
    const atlas = await openAtlas('', {
      beforeLoad: (page) =>
        page.route(/zones-[\w-]+\.geojson$/, async (route) => {
          const zones = await (await route.fetch()).json();
          delete zones.features[1].properties.name_en;
          await route.fulfill({ json: zones });
        }),
      waitFor: 'nothing',
    });
    const { page } = atlas;
    await waitForMap(page, 'error');
    const status = page.locator('#status');
    expect(await status.getAttribute('role')).toBe('alert');
    const message = await status.innerText();
    expect(message).toContain('The zone data could not be loaded.');
    expect(message).toMatch(/zones\.geojson: feature "[a-z-]+", field "name_en"/);
    expect(atlas.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
  });

  it('says so when the zones file is not JSON at all', async ({ openAtlas }) => {
    const { page } = await openAtlas('', {
      beforeLoad: (page) =>
        page.route(/zones-[\w-]+\.geojson$/, (route) => route.fulfill({ body: '{"type": "FeatureColl' })),
      waitFor: 'nothing',
    });
    await waitForMap(page, 'error');
    expect(await page.locator('#status').innerText()).toContain('zones.geojson: is not valid JSON');
  });

  it('still draws and explains the zones when the bundled basemap fails to load', async ({ openAtlas }) => {
    const { page } = await openAtlas('', {
      beforeLoad: (page) =>
        page.route(/beijing-[\w-]+\.geojson$/, (route) => route.fulfill({ status: 404, body: 'gone' })),
    });
    const status = page.locator('#status');
    await expect
      .poll(() => status.innerText())
      .toContain('The background map (roads, rivers, districts) could not be loaded');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await status.getAttribute('role')).toBe('status');
    // The warning stays until the visitor dismisses it.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await status.isVisible()).toBe(false);
    // The zones and their details keep working.
    await page.getByRole('combobox', { name: 'Search zones' }).fill('CBD');
    await page.getByRole('combobox', { name: 'Search zones' }).press('Enter');
    await expect.poll(() => page.locator('#details h2').innerText()).toBe('Beijing CBD part');
  });
});
