import { describe, expect } from 'vitest';
import { chromiumMissing } from './atlasPage';
import { it } from './fixture';

/**
 * The strict Content Security Policy (index.html: default-src 'self', no inline script, no eval) holds
 * through what a visitor does, not only on load: a lazily loaded chunk, a chart's inline style, a
 * library probing `new Function` would each show up as a `securitypolicyviolation` report.
 */

/** Each step loads lazy code or builds new DOM; on a busy two-core machine the walk takes a while. */
const SLOW_MACHINE_MS = 240_000;

describe.skipIf(chromiumMissing)('the Content Security Policy through the main interactions', () => {
  it(
    'reports no violation while searching, selecting, switching layers, theme, language, charts and comparing',
    async ({ openAtlas }) => {
      const atlas = await openAtlas('?lang=en', { timeout: 90_000 });
      const { page } = atlas;
      const steps: string[] = [];
      const step = async (name: string, action: () => Promise<void>) => {
        await action();
        steps.push(`${name}: ${(await atlas.cspViolations()).join('; ') || 'ok'}`);
      };

      await step('search and select', async () => {
        const search = page.getByRole('combobox', { name: 'Search zones' });
        await search.fill('Jinzhan');
        await search.press('Enter');
        await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
      });
      await step('add to compare from the details', async () => {
        await page.locator('#details').getByRole('button', { name: 'Add to compare' }).click();
        await page.keyboard.press('Escape');
        await page.locator('#zone-option-cbd-part').click();
        await page.locator('#details').getByRole('button', { name: 'Add to compare' }).click();
        await expect.poll(() => page.locator('#compare').isVisible()).toBe(true);
      });
      await step('layers', async () => {
        await page.keyboard.press('Escape');
        await page.getByRole('tab', { name: 'Layers' }).click();
        await page.getByRole('checkbox', { name: 'Subway' }).uncheck();
        await page.getByRole('checkbox', { name: 'Subway' }).check();
      });
      await step('themes', async () => {
        for (const theme of ['dark', 'projector', 'light']) {
          await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
          await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        }
      });
      await step('language', async () => {
        await page.getByRole('button', { name: '中文' }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        await page.getByRole('button', { name: 'English' }).click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      });
      await step('charts drawer and each chart', async () => {
        await page.locator('#charts-toggle').click();
        await page.locator('#chart-pilot-regions svg').waitFor({ timeout: 60_000 });
        const figures = page.locator('#charts figure.chart');
        await expect.poll(() => figures.count()).toBeGreaterThan(3);
        for (const figure of await figures.all()) {
          await figure.scrollIntoViewIfNeeded();
          await figure.locator('svg[role="img"]').first().hover({ force: true });
        }
        const table = page.getByRole('button', { name: 'Show as table' }).first();
        if (await table.count()) await table.click();
      });

      expect(steps.filter((line) => !line.endsWith(': ok'))).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
      expect(atlas.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );
});
