import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumMissing } from './atlasPage';
import { it as atlasIt, openReadyAtlas } from './fixture';
import { harmIn, HARMLESS, watchDialogs } from './harm';

/**
 * Every payload file of the import corpus (tests/fixtures/import/injection/, and the end-to-end
 * markup file), imported through the page as a visitor would, its details opened and its name searched
 * for: nothing in it runs. No dialog, no global set, no `javascript:` address anywhere in the document,
 * no inline handler, Object.prototype untouched (harm.ts, shared with the link and message tests).
 */

const PAYLOADS = [
  ...readdirSync('tests/fixtures/import/injection').map((name) => `tests/fixtures/import/injection/${name}`),
  'tests/fixtures/import/e2e/markup.geojson',
];

const SLOW = 120_000;

const listedIds = (page: Page) =>
  page.locator('[data-user-features] .user-item').evaluateAll((items) => items.map((i) => i.dataset.userFeatureId!));

/**
 * One atlas for the whole file, as a visitor importing file after file: opened by the first test that
 * asks for it, its map drawn and its import panel mounted, and closed after the file.
 */
const it = atlasIt.extend(
  'shared',
  { scope: 'file' },
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern: none.
  async ({}, { onCleanup }) => {
    let dialogs: string[] = [];
    const atlas = await openReadyAtlas('?lang=en', {
      beforeLoad: async (page) => {
        dialogs = watchDialogs(page);
      },
      timeout: 90_000,
    });
    onCleanup(() => atlas.close());
    await atlas.page.locator('input[type=file][data-import]').waitFor({ state: 'attached', timeout: 60_000 });
    return { atlas, dialogs };
  },
);

describe.skipIf(chromiumMissing)('imported payload files', () => {
  it('has payloads to import', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(5);
  });

  it.for(PAYLOADS)(
    '%s: imported, its details opened and its name searched, nothing runs',
    { timeout: SLOW },
    async (path, { shared: { atlas, dialogs } }) => {
      const { page } = atlas;
      const before = new Set(await listedIds(page));
      await page.locator('input[type=file][data-import]').setInputFiles(path);
      const file = path
        .split('/')
        .at(-1)!
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect.poll(() => page.locator('#status').innerText()).toMatch(new RegExp(`Imported .* from ${file}`));
      const added = (await listedIds(page)).filter((id) => !before.has(id));
      expect(added.length).toBeGreaterThan(0);
      const row = page.locator(`[data-user-features] .user-item[data-user-feature-id="${added[0]}"]`);
      const name = (await row.locator('.user-name').textContent())!;
      await row.locator('.user-name').click();
      // The name, markup and all, is the details' heading, as text.
      await expect.poll(() => page.locator('#details h2').textContent()).toBe(name);
      expect(await page.locator('#details td').count()).toBeGreaterThan(0);
      const search = page.locator('#search-input');
      await search.fill(name.slice(0, 12));
      await expect.poll(() => page.locator('#search-suggestions').innerText()).toContain(name.slice(0, 12));
      await search.fill('');
      expect(await harmIn(page)).toEqual(HARMLESS);
      expect(dialogs).toEqual([]);
      await page.locator('#details .details-close').click();
      expect(atlas.errors).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
    },
  );
});
