import { describe, expect, inject } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumMissing, waitForAtlas, waitForMap } from './atlasPage';
import { it } from './fixture';
import { harmIn, HARMLESS, watchDialogs } from './harm';

/**
 * Nothing a link or a host page sends runs as code. Every payload, if it ever reached the DOM as HTML
 * or an `href`, would open a dialog or set `window.__pwned`; the tests assert neither happened, no
 * `javascript:` link or inline handler exists, `Object.prototype` is untouched, and the atlas still works.
 */

/** Each test loads the atlas (twice with a frame); on a busy two-core machine that can pass a minute. */
const SLOW_MACHINE_MS = 150_000;
/** How long the map may take to draw its zones on that machine. */
const PATIENCE_MS = 90_000;

const PWN = 'window.__pwned=1;alert(1)';
const MARKUP = `<img src=x onerror="${PWN}"><script>${PWN}</script>`;

/** The zones are on screen: the map layer has rendered features. */
const zonesDrawn = (target: Page | Frame) =>
  target.evaluate(() => (window.atlas?.map.queryRenderedFeatures({ layers: ['zones-area-fill'] }).length ?? 0) > 0);

const LINKS: Record<string, string> = {
  'markup in every parameter': [
    `zone=${encodeURIComponent(MARKUP)}`,
    `compare=${encodeURIComponent(`cbd-part,${MARKUP}`)}`,
    `lang=${encodeURIComponent(MARKUP)}`,
    `theme=${encodeURIComponent(MARKUP)}`,
    `layers=${encodeURIComponent(MARKUP)}`,
    `center=${encodeURIComponent(MARKUP)}`,
  ].join('&'),
  'javascript: URLs and prototype keys': [
    `zone=${encodeURIComponent(`javascript:${PWN}`)}`,
    `compare=${encodeURIComponent(`javascript:${PWN},javascript:alert(1)//,cbd-part`)}`,
    `basemap=${encodeURIComponent('javascript:alert(1)')}`,
    `origins=${encodeURIComponent('javascript:alert(1)')}`,
    '__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=polluted&toString=x',
  ].join('&'),
  // About 14 KB in all: the longest query the test server (Node's 16 KB header limit) still serves.
  'very long parameters': [
    `zone=${'a'.repeat(3000)}`,
    `compare=${'cbd-part,'.repeat(400)}${'b'.repeat(2000)}`,
    `center=${'1'.repeat(2000)},40`,
    `layers=${'ftz-area,'.repeat(300)}`,
  ].join('&'),
};

describe.skipIf(chromiumMissing)('hostile links and messages', () => {
  it.for(Object.entries(LINKS))(
    'a link with %s runs nothing and the atlas still works',
    { timeout: SLOW_MACHINE_MS },
    async ([, query], { openAtlas }) => {
      const atlas = await openAtlas(`?${query}`, { waitFor: 'nothing' });
      const { page } = atlas;
      const dialogs = watchDialogs(page);
      await waitForAtlas(page, { timeout: PATIENCE_MS });
      // The bad values were dropped: no zone open, the comparison holds only the real zone.
      const state = await page.evaluate(() => {
        const { selectedId, compare, language } = window.atlas!.store.get();
        return { selectedId, compare, language };
      });
      expect(state.selectedId).toBeNull();
      expect(state.compare.every((id) => id === 'cbd-part')).toBe(true);
      expect(['en', 'zh']).toContain(state.language);
      // Open a zone's details, whose citations are links built from data.
      await page.locator('#zone-option-cbd-part').click();
      await expect.poll(() => page.locator('#details-title').textContent()).toBe('Beijing CBD part');
      expect(await page.locator('#details a[href^="http"]').count()).toBeGreaterThan(0);
      expect(await harmIn(page)).toEqual(HARMLESS);
      expect(dialogs).toEqual([]);
      expect(await zonesDrawn(page)).toBe(true);
      expect(atlas.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    },
  );

  it(
    'hostile atlas:* messages from a parent frame run nothing and change nothing',
    async ({ openPage }) => {
      const baseUrl = inject('baseUrl');
      const hostUrl = `${baseUrl}injection-host.html`;
      let dialogs: string[] = [];
      // A host page on the atlas's own origin: the test serves it, blank.
      const atlas = await openPage(hostUrl, {
        beforeLoad: async (page) => {
          dialogs = watchDialogs(page);
          await page.route(
            (url) => url.href === hostUrl,
            (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>host</title>' }),
          );
        },
      });
      const { page } = atlas;
      await page.evaluate((src) => {
        const ready = new Promise<void>((resolve) =>
          window.addEventListener('message', (event) => {
            if ((event.data as { type?: unknown } | null)?.type === 'atlas:ready') resolve();
          }),
        );
        (window as unknown as { atlasReady: Promise<void> }).atlasReady = ready;
        const iframe = document.createElement('iframe');
        iframe.id = 'atlas';
        iframe.src = src;
        iframe.width = '900';
        iframe.height = '600';
        document.body.append(iframe);
      }, `${baseUrl}?embed=1&lang=en&zone=cbd-part`);
      const frame = (await (await page.waitForSelector('iframe#atlas')).contentFrame())!;
      await waitForMap(frame, 'ready', PATIENCE_MS);
      await expect.poll(() => zonesDrawn(frame)).toBe(true);
      // The atlas listens once its embed API has loaded, which it announces to the parent.
      await page.evaluate(() => (window as unknown as { atlasReady: Promise<void> }).atlasReady);
      const storeState = () =>
        frame.evaluate(() => {
          const { selectedId, language, view, compare, visibleLayers, theme } = window.atlas!.store.get();
          return { selectedId, language, view, compare, visibleLayers, theme };
        });
      const before = await storeState();

      const hostile: unknown[] = [
        { type: 'atlas:select', id: MARKUP },
        { type: 'atlas:select', id: `javascript:${PWN}` },
        { type: 'atlas:select', id: 'javascript' },
        { type: 'atlas:select', id: 'a'.repeat(100_000) },
        { type: 'atlas:compare', ids: [`javascript:${PWN}`, 'cbd-part'] },
        { type: 'atlas:compare', ids: Array.from({ length: 10_000 }, () => 'cbd-part') },
        { type: 'atlas:set-view', center: [MARKUP, 39.9], zoom: 10 },
        { type: 'atlas:set-view', center: [116.4, 39.9], zoom: `${MARKUP}` },
        { type: 'atlas:set-language', lang: MARKUP },
        { type: 'atlas:tour-step', step: MARKUP },
        { type: '__proto__', polluted: true },
        { type: 'constructor' },
        { type: 'toString' },
        { type: 'atlas:get-state', constructor: { prototype: { polluted: true } } },
      ];
      const marker = frame.evaluate(
        () =>
          new Promise<void>((resolve) =>
            window.addEventListener('message', (event) => event.data === 'test:marker' && resolve()),
          ),
      );
      await page.evaluate((messages) => {
        const target = document.querySelector<HTMLIFrameElement>('iframe#atlas')!.contentWindow!;
        // Built here: Playwright cannot pass these as they are (its copy turns an own `__proto__` key into a
        // prototype, and it recurses). Own `__proto__` keys, and 2,000 levels of nesting.
        const built: unknown[] = [
          JSON.parse('{"type":"atlas:select","id":"tianzhu-comprehensive-bonded-zone","__proto__":{"polluted":true}}'),
          JSON.parse('{"__proto__":{"type":"atlas:select","id":"tianzhu-comprehensive-bonded-zone","polluted":true}}'),
          JSON.parse(`${'{"type":"atlas:select","id":'.repeat(2000)}null${'}'.repeat(2000)}`),
        ];
        for (const message of [...messages, ...built, 'test:marker']) target.postMessage(message, '*');
      }, hostile);
      await marker;

      expect(await storeState()).toEqual(before);
      expect(await harmIn(frame)).toEqual(HARMLESS);
      expect(await harmIn(page)).toEqual(HARMLESS);
      expect(dialogs).toEqual([]);
      expect(await zonesDrawn(frame)).toBe(true);
      // And it still obeys a well-formed message.
      await page.evaluate(() =>
        document
          .querySelector<HTMLIFrameElement>('iframe#atlas')!
          .contentWindow!.postMessage({ type: 'atlas:select', id: 'tianzhu-comprehensive-bonded-zone' }, '*'),
      );
      await expect
        .poll(() => frame.evaluate(() => window.atlas!.store.get().selectedId))
        .toBe('tianzhu-comprehensive-bonded-zone');
      expect(atlas.errors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );
});
