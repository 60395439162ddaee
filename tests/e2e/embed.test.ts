import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chromiumMissing, NO_WEBGL_ARGS, openPage, waitForAtlas, waitForMap, type AtlasPage } from './atlasPage';
import { it as atlasIt } from './fixture';
import { serveHostPage } from './hostPage';
import { keepLoadedAtlas, restoreLoadedAtlas } from './sharedAtlas';
import { zonesHidden } from './inView';

/**
 * The atlas embedded in a host page from another origin (another port): the example host page of the
 * README (docs/embed-example.html), served by a small server of this test, frames the built atlas.
 */

interface HostState {
  zone: string | null;
  lang: string;
  view: { center: [number, number]; zoom: number; bearing: number };
  step: number | null;
  compare: string[];
}
type Received =
  | { type: 'atlas:ready' }
  | { type: 'atlas:state'; state: HostState }
  | { type: 'atlas:request-fullscreen'; on: boolean };

const examplePage = readFileSync('docs/embed-example.html');
const host = serveHostPage(() => examplePage);

interface HostOptions {
  viewport?: { width: number; height: number };
  allowFullScreen?: boolean;
  browserArgs?: string[];
  ready?: 'ready' | 'svg';
}

/**
 * This file's fixture: opens the host page with the atlas in its frame (`src`, if given, replaces the
 * frame's address the example page sets) and waits until the framed atlas's map is `ready` ('ready'
 * unless told otherwise; 'svg' in a browser without WebGL). Closed after the test, as every page.
 */
const it = atlasIt.extend(
  'openHost',
  async ({ openPage }) =>
    async (
      src?: string,
      {
        viewport = { width: 1000, height: 800 },
        allowFullScreen = true,
        browserArgs,
        ready = 'ready',
      }: HostOptions = {},
    ): Promise<{ atlas: AtlasPage; page: Page; frame: Frame }> => {
      const atlas = await openPage(`${host.url}?atlas=${encodeURIComponent(inject('baseUrl'))}`, {
        viewport,
        browserArgs,
      });
      const { page } = atlas;
      if (src !== undefined || !allowFullScreen) {
        await page.evaluate(
          ({ address, allow }) => {
            const iframe = document.getElementById('atlas') as HTMLIFrameElement;
            if (!allow) iframe.removeAttribute('allowfullscreen');
            // Setting src navigates the frame again, now with the attributes above.
            iframe.src = address ?? iframe.src;
            (window as unknown as { received: Received[] }).received = [];
          },
          { address: src, allow: allowFullScreen },
        );
      }
      const frame = (await (await page.waitForSelector('iframe#atlas')).contentFrame())!;
      await waitForMap(frame, ready);
      return { atlas, page, frame };
    },
);

type Hosted = { atlas: AtlasPage; page: Page; frame: Frame };

/**
 * The example host page with the atlas in its frame as it opens, shared by the tests that start there
 * and send the frame no more than messages (sharedAtlas.ts does the same for a page of its own). The
 * first test gets it as the fixture would, then its state is taken once the atlas has said
 * `atlas:ready`; each next test gets the framed atlas put back (its store and camera), the host page's
 * record of keys emptied, the pointer off the frame and the focus on the host page, and waits until
 * the host has heard the state it first heard. A test about the frame's size, attributes or address,
 * or that clicks into the frame, keeps a page of its own.
 */
function sharedHost(): () => Promise<Hosted> {
  let opened: Promise<{ hosted: Hosted; heard: HostState }> | undefined;
  afterAll(async () => {
    if (opened) await (await opened.catch(() => undefined))?.hosted.atlas.close();
  });
  return async () => {
    if (!opened) {
      opened = (async () => {
        const atlas = await openPage(`${host.url}?atlas=${encodeURIComponent(inject('baseUrl'))}`, {
          viewport: { width: 1000, height: 800 },
        });
        const { page } = atlas;
        const frame = (await (await page.waitForSelector('iframe#atlas')).contentFrame())!;
        await waitForMap(frame, 'ready');
        await readyIn(page);
        await waitForAtlas(frame);
        await frame.evaluate(keepLoadedAtlas);
        await expect.poll(() => lastState(page)).toBeDefined();
        return { hosted: { atlas, page, frame }, heard: (await lastState(page))! };
      })();
      return (await opened).hosted;
    }
    const { hosted, heard } = await opened;
    const { page, frame } = hosted;
    await page.mouse.move(0, 0);
    await frame.evaluate(restoreLoadedAtlas);
    await waitForAtlas(frame);
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      (window as unknown as { keys: string[] }).keys = [];
      window.scrollTo(0, 0);
    });
    const { zone, lang, step, compare } = heard;
    await expect.poll(() => lastState(page)).toMatchObject({ zone, lang, step, compare });
    return hosted;
  };
}

/** Waits until the host page has received `atlas:ready`. */
const readyIn = (page: Page) =>
  page.waitForFunction(
    () => (window as unknown as { received: Received[] }).received.some((m) => m.type === 'atlas:ready'),
    null,
    { timeout: 30_000 },
  );

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const lastState = async (page: Page) =>
  (await received(page)).filter((m): m is Extract<Received, { type: 'atlas:state' }> => m.type === 'atlas:state').at(-1)
    ?.state;
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { sendToAtlas(m: unknown): void }).sendToAtlas(m), message);

/**
 * Sends `messages`, then a marker string, and resolves once the atlas's window has seen the marker: the
 * atlas handles messages in order, so by then it has handled (or ignored) every one of them.
 */
async function sendAndSettle(page: Page, frame: Frame, messages: unknown[]): Promise<void> {
  const seen = frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const onMessage = (event: MessageEvent) => {
          if (event.data !== 'test:marker') return;
          window.removeEventListener('message', onMessage);
          resolve();
        };
        window.addEventListener('message', onMessage);
      }),
  );
  for (const message of messages) await send(page, message);
  await send(page, 'test:marker');
  await seen;
}

describe.skipIf(chromiumMissing)('the embedded atlas in a host page', () => {
  const plainHost = sharedHost();

  it('renders the chosen view with minimal chrome and leaves the host page its keyboard', async () => {
    const { atlas, page, frame } = await plainHost();
    await readyIn(page);
    expect(await frame.evaluate(() => document.documentElement.dataset.embed)).toBe('');
    await expect.poll(() => frame.locator('#details-title').textContent()).toBe('Beijing CBD part');
    expect(await frame.locator('.app-header').isVisible()).toBe(false);
    expect(await frame.locator('#zone-list').count()).toBe(0);
    expect(await frame.locator('.maplibregl-ctrl-attrib').isVisible()).toBe(true);
    expect(await frame.locator('.embed-full-screen').isVisible()).toBe(true);
    expect((await lastState(page))?.zone).toBe('cbd-part');

    // A presenter's clicker: arrow keys go to the host page, not into the map.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([
      'ArrowRight',
      'ArrowRight',
      'ArrowLeft',
    ]);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
    expect(atlas.errors).toEqual([]);
  });

  it('is driven by the host through postMessage and reports its state back', async () => {
    const { atlas, page, frame } = await plainHost();
    await readyIn(page);
    await send(page, { type: 'atlas:select', id: 'capital-airport-part' });
    await expect.poll(async () => (await lastState(page))?.zone).toBe('capital-airport-part');
    await expect
      .poll(() => frame.locator('#details-title').textContent())
      .toBe('Capital International Airport surroundings');

    await send(page, { type: 'atlas:set-language', lang: 'zh' });
    await expect.poll(async () => (await lastState(page))?.lang).toBe('zh');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    await send(page, { type: 'atlas:select', id: null });
    await send(page, { type: 'atlas:set-view', center: [116.41, 39.5], zoom: 10, bearing: 15 });
    await expect.poll(async () => (await lastState(page))?.view.zoom).toBeCloseTo(10, 1);
    const state = (await lastState(page))!;
    expect(state.zone).toBeNull();
    expect(state.view.center[0]).toBeCloseTo(116.41, 2);
    expect(state.view.center[1]).toBeCloseTo(39.5, 2);
    expect(state.view.bearing).toBeCloseTo(15, 0);
    expect(state.step).toBeNull();
    expect(state.compare).toEqual([]);

    const before = (await received(page)).length;
    await send(page, { type: 'atlas:get-state' });
    await expect.poll(async () => (await received(page)).length).toBeGreaterThan(before);
    expect((await received(page)).at(-1)).toEqual({ type: 'atlas:state', state });
    expect(atlas.errors).toEqual([]);
  });

  it('ignores malformed and unknown messages without an error or a change', async () => {
    const { atlas, page, frame } = await plainHost();
    await readyIn(page);
    const storeState = () =>
      frame.evaluate(() => {
        const { selectedId, language, view, tourStep, compare } = window.atlas!.store.get();
        return { selectedId, language, view, tourStep, compare };
      });
    const before = await storeState();
    await sendAndSettle(page, frame, [
      null,
      'atlas:get-state',
      { type: 'atlas:explode' },
      { type: 'atlas:select', id: '<img src=x onerror=alert(1)>' },
      { type: 'atlas:select', id: 'no-such-zone' },
      { type: 'atlas:select', id: 'capital-airport-part', extra: true },
      { type: 'atlas:set-view', center: [0, 0], zoom: 10 },
      { type: 'atlas:set-view', center: [116.4, 39.9], zoom: 99 },
      { type: 'atlas:set-language', lang: 'fr' },
      // A valid tour step would start the tour: these are malformed ones.
      { type: 'atlas:tour-step', step: 'two' },
      { type: 'atlas:tour-step', step: 1.5 },
      { type: 'atlas:tour-step', step: -1 },
      { type: 'atlas:tour-step', step: 2, extra: true },
      { type: 'atlas:compare', ids: ['cbd-part', '../etc'] },
      { type: 'atlas:compare', ids: 'cbd-part' },
      { type: 'atlas:compare', ids: ['cbd-part', 'cbd-part', 'jinzhan-part'], zone: 'x' },
      JSON.parse('{"__proto__":{"type":"atlas:set-language","lang":"zh"}}'),
    ]);
    expect(await storeState()).toEqual(before);
    // What the tour and comparison messages would have changed, had one got through.
    expect(before.tourStep).toBeNull();
    expect(before.compare).toEqual([]);
    expect(await frame.locator('#tour').isVisible()).toBe(false);
    expect(await frame.locator('#details-title').textContent()).toBe('Beijing CBD part');
    expect(atlas.errors).toEqual([]);
  });

  it('does not listen to, or talk to, a parent outside its origins= list', async ({ openHost }) => {
    const src = `${inject('baseUrl')}?embed=1&zone=cbd-part&lang=en&origins=https://slides.example.org`;
    const { atlas, page, frame } = await openHost(src);
    await sendAndSettle(page, frame, [{ type: 'atlas:select', id: 'capital-airport-part' }]);
    expect(await frame.evaluate(() => window.atlas!.store.get().selectedId)).toBe('cbd-part');
    expect(await received(page)).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it('lets a plain wheel scroll the host page with a hint, and zooms with Ctrl + wheel', async ({ openHost }) => {
    // A short window, so the host page can scroll.
    const { atlas, page, frame } = await openHost(undefined, { viewport: { width: 1000, height: 420 } });
    await readyIn(page);
    const zoom = () => frame.evaluate(() => window.atlas!.map.getZoom());
    const before = await zoom();
    const hinted = frame.evaluate(
      () =>
        new Promise<string>((resolve) =>
          window.atlas!.map.once('cooperativegestureprevented', () =>
            resolve(document.querySelector('.maplibregl-desktop-message')?.textContent ?? ''),
          ),
        ),
    );
    const box = (await page.locator('iframe#atlas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, 200);
    expect(await hinted).toBe('Use Ctrl + scroll to zoom the map');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await zoom()).toBe(before);

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(before);

    await send(page, { type: 'atlas:set-language', lang: 'zh' });
    await expect
      .poll(() => frame.locator('.maplibregl-desktop-message').textContent())
      .toBe('按住 Ctrl 并滚动鼠标滚轮以缩放地图');
    expect(atlas.errors).toEqual([]);
  });

  it('frames the selected zone clear of the details at the default 800 × 450 size', async () => {
    const { atlas, page, frame } = await plainHost();
    expect(await frame.evaluate(() => [innerWidth, innerHeight])).toEqual([800, 450]);
    await expect.poll(() => frame.locator('#details-title').textContent()).toBe('Beijing CBD part');
    await expect.poll(() => zonesHidden(frame, ['cbd-part'])).toEqual([]);
    // Chosen by the host, another zone is framed the same way, once the details show it. A host speaks
    // once the atlas has said `atlas:ready`: the embed API loads after the map's first frame.
    await readyIn(page);
    await send(page, { type: 'atlas:select', id: 'jinzhan-part' });
    await expect.poll(() => frame.locator('#details-title').textContent()).not.toBe('Beijing CBD part');
    await expect.poll(() => zonesHidden(frame, ['jinzhan-part'])).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });

  it('asks the host to fill the window when the frame does not allow full screen, and back', async ({ openHost }) => {
    const { atlas, page, frame } = await openHost(undefined, { allowFullScreen: false });
    await readyIn(page);
    expect(await frame.evaluate(() => document.fullscreenEnabled)).toBe(false);
    const iframeBox = async () => {
      const box = (await page.locator('iframe#atlas').boundingBox())!;
      return [Math.round(box.width), Math.round(box.height)];
    };
    // 800 × 450 and the example page's 1 px border.
    const framed = await iframeBox();
    expect(framed).toEqual([802, 452]);
    const button = frame.locator('.embed-full-screen');
    expect(await button.getAttribute('aria-label')).toBe('Full screen');
    await button.click();
    // The host page (docs/embed-example.html) lays the frame over its whole window.
    await expect.poll(iframeBox).toEqual([1000, 800]);
    expect((await received(page)).filter((m) => m.type === 'atlas:request-fullscreen')).toEqual([
      { type: 'atlas:request-fullscreen', on: true },
    ]);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.getAttribute('aria-label')).toBe('Exit full screen');
    // Filling the screen, the map takes the plain wheel again (no host page to scroll).
    await expect.poll(() => frame.evaluate(() => window.atlas!.map.cooperativeGestures.isEnabled())).toBe(false);
    await frame.locator('body').press('Escape');
    await expect.poll(iframeBox).toEqual(framed);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await frame.locator('.embed-offer').isVisible()).toBe(false);
    expect(atlas.errors).toEqual([]);
  });

  it('offers the full atlas in a new tab when the host does not enlarge the frame', async ({ openHost }) => {
    const { atlas, page, frame } = await openHost(undefined, { allowFullScreen: false });
    await readyIn(page);
    await page.evaluate(() => ((window as unknown as { fillOnRequest: boolean }).fillOnRequest = false));
    await frame.locator('.embed-full-screen').click();
    const offer = frame.locator('.embed-offer');
    await expect.poll(() => offer.isVisible()).toBe(true);
    expect(await offer.textContent()).toContain('This page does not let the atlas fill the screen.');
    const href = await offer.locator('a').getAttribute('href');
    expect(new URL(href!).searchParams.get('embed')).toBeNull();
    expect(new URL(href!).searchParams.get('zone')).toBe('cbd-part');
    // Nothing is left pretending to be full screen.
    expect(await frame.evaluate(() => document.documentElement.classList.contains('pseudo-full-screen'))).toBe(false);
    expect(await frame.locator('.embed-full-screen').getAttribute('aria-pressed')).toBe('false');
    expect(atlas.errors).toEqual([]);
  });

  it('shares the wheel with the host page on the SVG map too (no WebGL)', async ({ openHost }) => {
    const { atlas, page, frame } = await openHost(undefined, {
      viewport: { width: 1000, height: 420 },
      browserArgs: NO_WEBGL_ARGS,
      ready: 'svg',
    });
    const scale = () =>
      frame.evaluate(() => {
        const transform = document.querySelector('svg.svg-map .svg-content')?.getAttribute('transform') ?? '';
        return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
      });
    const before = await scale();
    const box = (await page.locator('iframe#atlas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect
      .poll(() => frame.locator('.svg-map-gesture-hint').textContent())
      .toBe('Use Ctrl + scroll to zoom the map');
    expect(await frame.locator('.svg-map-gesture-hint').getAttribute('class')).toContain('is-shown');
    expect(await scale()).toBe(before);

    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(scale).toBeGreaterThan(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    await readyIn(page);
    await send(page, { type: 'atlas:set-language', lang: 'zh' });
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.mouse.wheel(0, 100);
    await expect
      .poll(() => frame.locator('.svg-map-gesture-hint').textContent())
      .toBe('按住 Ctrl 并滚动鼠标滚轮以缩放地图');
    expect(atlas.errors).toEqual([]);
  });
});
