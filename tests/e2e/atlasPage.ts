import { afterAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.mjs';

/** SwiftShader warns about ReadPixels stalls; that is the software renderer talking, not the atlas. */
const HARMLESS_CONSOLE = [/GPU stall due to ReadPixels/];

export const chromiumMissing = inject('chromiumMissing');

export interface AtlasPage {
  page: Page;
  /** Console errors and uncaught exceptions, harmless SwiftShader noise excepted. */
  errors: string[];
  /** Every request whose origin is not the test server's (data: and blob: URLs are local). */
  foreignRequests: string[];
  /** Content Security Policy violations the page reported so far (directive and what was blocked). */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * One Chromium per test file (each file runs in its own module scope), launched on first use; every
 * test gets its own browser context, so no state leaks from one test to the next. A file that also
 * needs a browser with other flags (embed.test.ts: one without WebGL) gets one more, shared the same way.
 */
const sharedBrowsers = new Map<string, Promise<Browser>>();
let browserArgs: string[] = [];
const browser = (args = browserArgs) => {
  const key = args.join(' ');
  if (!sharedBrowsers.has(key)) sharedBrowsers.set(key, launchBrowser(args));
  return sharedBrowsers.get(key)!;
};

/** Extra Chromium flags for this test file's browser (call before the first openAtlas). */
export function useBrowserArgs(args: string[]): void {
  browserArgs = args;
}

/** The flags of a browser without WebGL, as on a locked-down office PC (see noWebgl.test.ts). */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

afterAll(async () => {
  for (const launched of sharedBrowsers.values()) await (await launched).close();
  sharedBrowsers.clear();
});

/** Opens the built atlas in a fresh browser context, recording errors and off-origin requests. */
export async function openAtlas(
  query = '',
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
  /** Runs before the page loads, e.g. to make a request fail with `page.route`. */
  beforeLoad?: (page: Page) => Promise<void>,
  /** This page's browser's flags, when not the file's (e.g. NO_WEBGL_ARGS). */
  options: { browserArgs?: string[] } = {},
): Promise<AtlasPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await (
    await browser(options.browserArgs)
  ).newContext({ viewport, timezoneId: 'Asia/Shanghai', locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !HARMLESS_CONSOLE.some((re) => re.test(message.text()))) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) foreignRequests.push(url);
  });
  // Recorded from the first script on: a library probing eval, an inline style or a stray host shows here.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = log;
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await beforeLoad?.(page);
  await page.goto(`${baseUrl}${query}`);
  const cspViolations = () =>
    page.evaluate(() => [...((window as unknown as { cspViolations?: string[] }).cspViolations ?? [])]);
  return { page, errors, foreignRequests, cspViolations, close: () => context.close() };
}

/**
 * Waits until the map has drawn its first frame and the zone layers have features on screen. A test
 * that loads the atlas several times may allow more than the 30 s default on a busy machine.
 */
export async function waitForZones(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout });
  await page.waitForFunction(
    () => {
      const map = window.atlas?.map;
      return !!map && map.queryRenderedFeatures({ layers: ['zones-area-fill'] }).length > 0;
    },
    null,
    { timeout },
  );
}

/** The screen position of a zone's label point (inside its largest polygon), where a person would point. */
export async function screenPointOf(page: Page, zoneId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => {
    const { map, metrics } = window.atlas!;
    const projected = map.project(metrics.get(id)!.labelPoint);
    return { x: projected.x, y: projected.y };
  }, zoneId);
  const box = await page.locator('#map canvas').boundingBox();
  return { x: box!.x + point.x, y: box!.y + point.y };
}

/** Waits until the page has fallen back to the SVG map (no WebGL2) and drawn its zones. */
export async function waitForSvgMap(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.map === 'svg', null, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelectorAll('svg.svg-map path[data-zone-id]').length > 0);
}

/**
 * A screen point where the SVG map shows `zoneId` on top (inside its fill, not under another zone or
 * a label), found by probing its box: where a person would point at it.
 */
export async function svgPointOf(page: Page, zoneId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(`svg.svg-map path[data-zone-id="${id}"]`);
    if (!path) return null;
    const box = path.getBoundingClientRect();
    for (let row = 1; row < 20; row++) {
      for (let column = 1; column < 20; column++) {
        const x = box.left + (box.width * column) / 20;
        const y = box.top + (box.height * row) / 20;
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    return null;
  }, zoneId);
  if (!point) throw new Error(`No visible point of ${zoneId} on the SVG map`);
  return point;
}
