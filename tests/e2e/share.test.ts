import { describe, expect, inject } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumMissing, waitForMap, waitForZones, type AtlasPage } from './atlasPage';
import { seriousViolations } from './axe';
import { it as atlasIt } from './fixture';
import { serveHostPage } from './hostPage';
import { sharedAtlas, type SharedOptions } from './sharedAtlas';

/**
 * The Share dialog: the link to the current view, the embed-code builder with its live preview, and
 * the snippet it writes, pasted into a host page served from another port.
 */

/** A view away from the default: the CBD open, closer in and turned. */
const VIEW_QUERY = '?center=116.46,39.915&zoom=12.5&bearing=10&zone=cbd-part&lang=en';

/** The host page the test serves on its own port: a slide with the snippet and a keyboard listener. */
let hostSnippet = '';
const host = serveHostPage(
  () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Slide 3</title></head>
<body><h1>Slide 3: the CBD</h1>
${hostSnippet}
<script>
  window.keys = [];
  document.addEventListener('keydown', (event) => { if (event.key.startsWith('Arrow')) window.keys.push(event.key); });
</script></body></html>`,
);

/**
 * This file's fixture: opens the atlas at `query` and waits until it has drawn its first frame and
 * mounted its late panels (the Share button among them).
 */
const it = atlasIt.extend(
  'open',
  async ({ openAtlas }) =>
    async (query: string, viewport?: { width: number; height: number }): Promise<AtlasPage> => {
      const atlas = await openAtlas(query, { viewport, waitFor: 'map', timeout: 90_000 });
      await atlas.page.waitForSelector('.share-button');
      return atlas;
    },
);

/** As the `open` fixture waits: the first frame drawn and the late panels (the Share button among them) mounted. */
const LOADED: SharedOptions = {
  waitFor: 'map',
  timeout: 90_000,
  settled: (page) => page.waitForSelector('.share-button'),
};

/**
 * The atlas at VIEW_QUERY as loaded, shared by the tests that start there (sharedAtlas.ts): the dialog
 * is made anew each time it opens, and the put-back closes one left open.
 */
const viewAtlas = sharedAtlas(VIEW_QUERY, LOADED);

/** Opens the Share dialog with the keyboard, as a person tabbing to the button would. */
async function openShare(page: Page): Promise<void> {
  await page.locator('.share-button').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog.share-dialog[open]');
}

/** The preview's atlas, once it has drawn its first frame. */
async function previewFrame(page: Page): Promise<Frame> {
  const frame = (await (await page.waitForSelector('.share-preview-frame')).contentFrame())!;
  await waitForMap(frame, 'ready', 90_000);
  return frame;
}

/** Each test loads the atlas twice (the page and its preview or host frame), on a shared two-core machine. */
const SLOW = { timeout: 180_000 };

const snippetUrl = (page: Page) => page.locator('#share-code').getAttribute('data-url');

describe.skipIf(chromiumMissing)('the Share dialog', () => {
  it(
    'opens by keyboard, copies the link to the current view, and closes with Escape back to its button',
    SLOW,
    async () => {
      const atlas = await viewAtlas();
      const { page } = atlas;
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      // The address bar follows the view after a pause; the link is what it says then.
      await expect.poll(() => page.url()).toContain('zone=cbd-part');
      await openShare(page);
      expect(await page.locator('.share-button').textContent()).toBe('Share');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);

      await page.locator('.share-copy-link').click();
      await expect.poll(() => page.locator('.share-status').textContent()).toBe('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
      expect(await page.locator('#share-link').inputValue()).toBe(page.url());

      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog.share-dialog').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('share-button');
      // Only the dialog closed: the zone's details behind it are still open.
      expect(await page.evaluate(() => window.atlas!.store.get().selectedId)).toBe('cbd-part');
      expect(atlas.errors).toEqual([]);
    },
  );

  it('selects the link for Ctrl+C when the Clipboard API refuses, and speaks Chinese', SLOW, async () => {
    const atlas = await viewAtlas();
    const { page } = atlas;
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('.share-button').textContent()).toBe('分享');
    await openShare(page);
    // Refused for this test only: the page is shared.
    await page.evaluate(() => {
      const clipboard = navigator.clipboard as Clipboard & { allowedWriteText?: Clipboard['writeText'] };
      clipboard.allowedWriteText = clipboard.writeText.bind(clipboard);
      clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await page.locator('.share-copy-link').click();
    await expect.poll(() => page.locator('.share-status').textContent()).toContain('Ctrl+C');
    const selection = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return { id: field.id, whole: field.selectionStart === 0 && field.selectionEnd === field.value.length };
    });
    expect(selection).toEqual({ id: 'share-link', whole: true });
    expect(await page.locator('#share-title').textContent()).toBe('分享');
    await page.evaluate(() => {
      const clipboard = navigator.clipboard as Clipboard & { allowedWriteText?: Clipboard['writeText'] };
      clipboard.writeText = clipboard.allowedWriteText!;
    });
    expect(atlas.errors).toEqual([]);
  });

  it(
    'updates the snippet and the live preview as the options change; the preview draws the chosen view',
    SLOW,
    async () => {
      const atlas = await viewAtlas();
      const { page } = atlas;
      await openShare(page);
      const code = page.locator('#share-code');
      expect(await code.inputValue()).toContain('width="800" height="450"');
      expect(await code.inputValue()).toContain('title="Beijing FTZ Atlas: Beijing CBD part"');

      await page.locator('#share-size').selectOption('1280x720');
      await page.locator('#share-language').selectOption('zh');
      await page.locator('#share-theme').selectOption('dark');
      await page.locator('#share-show-controls').uncheck();
      await page.locator('#share-tour').check();
      await page.locator('#share-step').fill('3');
      const snippet = await code.inputValue();
      expect(snippet).toContain('width="1280" height="720"');
      expect(snippet).toContain('title="北京自贸区地图集：北京CBD"');
      expect(snippet).toMatch(/loading="lazy" allow="fullscreen" referrerpolicy="strict-origin"/);
      const url = new URL((await snippetUrl(page))!);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        center: '116.46,39.915',
        zoom: '12.5',
        bearing: '10',
        zone: 'cbd-part',
        lang: 'zh',
        theme: 'dark',
        embed: '1',
        hide: 'controls',
        tour: '1',
        step: '3',
      });
      // A tour step opens that scene, with its own camera and zone: the view checks below need no tour.
      await page.locator('#share-tour').uncheck();
      const viewUrl = new URL((await snippetUrl(page))!);
      expect(viewUrl.searchParams.has('tour')).toBe(false);
      // The preview follows once the options rest.
      await expect.poll(() => page.locator('.share-preview-frame').getAttribute('src')).toBe(viewUrl.href);

      const frame = await previewFrame(page);
      await waitForZones(frame);
      const shown = await frame.evaluate(() => {
        const { selectedId, view, language, embed } = window.atlas!.store.get();
        return { selectedId, view, language, embed, theme: document.documentElement.dataset.theme };
      });
      expect(shown).toMatchObject({ selectedId: 'cbd-part', language: 'zh', embed: true, theme: 'dark' });
      expect(shown.view.zoom).toBeCloseTo(12.5, 1);
      expect(shown.view.center[0]).toBeCloseTo(116.46, 3);
      expect(await frame.locator('.maplibregl-ctrl-top-right').isVisible()).toBe(false);
      expect(await frame.locator('#details-title').textContent()).toBe('北京CBD');

      // The default view leaves the camera out; no zone leaves the zone out.
      await page.locator('#share-view-default').check();
      await page.locator('#share-zone-none').check();
      const plain = new URL((await snippetUrl(page))!).searchParams;
      expect(['center', 'zoom', 'zone'].filter((param) => plain.has(param))).toEqual([]);
      expect(atlas.errors).toEqual([]);
    },
  );

  it('starts the embed code’s tour step at the scene on screen while a tour runs', SLOW, async () => {
    const atlas = await viewAtlas();
    const { page } = atlas;
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    await expect.poll(() => page.locator('#tour .tour-count').textContent()).toMatch(/^Step 1 of/);
    await page.evaluate(() => window.atlas!.store.update({ tourStep: 4 }));
    await expect.poll(() => page.locator('#tour h2').textContent(), { timeout: 30_000 }).toBe('The CBD and Jinzhan');
    await page.locator('.share-button').click();
    await page.waitForSelector('dialog.share-dialog[open]');
    expect(await page.locator('#share-step').inputValue()).toBe('4');
    await page.locator('#share-tour').check();
    await expect.poll(async () => new URL((await snippetUrl(page))!).searchParams.get('step')).toBe('4');
    expect(atlas.errors).toEqual([]);
  });

  it('has no serious accessibility problems when open', SLOW, async () => {
    const atlas = await viewAtlas();
    const { page } = atlas;
    await openShare(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it(
    'fills a phone screen and scrolls, in the projector theme, with no serious accessibility problems',
    SLOW,
    async ({ open }) => {
      const atlas = await open(`${VIEW_QUERY}&theme=projector`, { width: 390, height: 844 });
      const { page } = atlas;
      await openShare(page);
      const box = await page.evaluate(() => {
        const dialog = document.querySelector('dialog.share-dialog')!;
        const rect = dialog.getBoundingClientRect();
        return { width: rect.width, height: rect.height, scrolls: dialog.scrollHeight > dialog.clientHeight };
      });
      expect(box).toEqual({ width: 390, height: 844, scrolls: true });
      expect(await seriousViolations(page)).toEqual([]);
      expect(atlas.errors).toEqual([]);
    },
  );
});

describe.skipIf(chromiumMissing)('the embed snippet from the Share dialog', () => {
  it(
    'renders the chosen view in a host page on another port and leaves the host page its keyboard',
    SLOW,
    async ({ openPage }) => {
      const sharing = await viewAtlas();
      await openShare(sharing.page);
      await sharing.page.locator('#share-origins').fill(new URL(host.url).origin);
      await sharing.page.locator('#share-show-controls').uncheck();
      hostSnippet = await sharing.page.locator('#share-code').inputValue();
      expect(hostSnippet).toContain(`origins=${new URL(host.url).origin}`);
      expect(hostSnippet).toContain(`src="${inject('baseUrl')}?`);
      expect(sharing.errors).toEqual([]);

      // The host page in a window of its own, as a visitor to the slides opens it.
      const atlas = await openPage(host.url);
      const { page } = atlas;
      const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
      await waitForMap(frame, 'ready', 90_000);
      expect(new URL(frame.url()).origin).not.toBe(new URL(host.url).origin);
      const shown = await frame.evaluate(() => {
        const { selectedId, view, embed } = window.atlas!.store.get();
        return { selectedId, view, embed };
      });
      expect(shown).toMatchObject({ selectedId: 'cbd-part', embed: true });
      expect(shown.view.center[0]).toBeCloseTo(116.46, 3);
      expect(shown.view.center[1]).toBeCloseTo(39.915, 3);
      expect(shown.view.zoom).toBeCloseTo(12.5, 1);
      expect(shown.view.bearing).toBeCloseTo(10, 0);
      expect(await frame.locator('#details-title').textContent()).toBe('Beijing CBD part');
      expect(await frame.locator('.maplibregl-ctrl-top-right').isVisible()).toBe(false);

      // A presenter's clicker: the arrow keys reach the host page, not the map.
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
      expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([
        'ArrowRight',
        'ArrowRight',
        'ArrowLeft',
      ]);
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
      expect(atlas.errors).toEqual([]);
    },
  );
});
