import { afterAll, inject } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.mjs';

/** SwiftShader warns about ReadPixels stalls; that is the software renderer talking, not the atlas. */
const HARMLESS_CONSOLE = [/GPU stall due to ReadPixels/];

export const chromiumMissing = inject('chromiumMissing');

export interface AtlasPage {
  page: Page;
  /** Console errors and uncaught exceptions, harmless SwiftShader noise excepted. */
  errors: string[];
  /** Every request but data: and blob: URLs, the page's own (file: included) first. */
  requests: string[];
  /** Every request whose origin is not the test server's (data: and blob: URLs are local). */
  foreignRequests: string[];
  /** Content Security Policy violations the page and its workers reported so far (directive and what was blocked). */
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

/** What a worker's forwarded violation looks like in the page's console (see recordPolicyViolations). */
const WORKER_VIOLATION = /^Content Security Policy violation in (?:a|the import) worker: /;

/**
 * Records Content Security Policy violations from the first script on: the document's, and those of
 * its workers, which fire on each worker and never reach the document. Playwright attaches a listener
 * to every worker as it starts (a violation in a worker's very first synchronous run can come before
 * it: tests/e2e/workerPolicy.test.ts covers the policy of a worker itself) and the listener forwards
 * through the worker's console, which the page's `console` event includes. The import worker forwards
 * its own from its first line (src/import/policyReport.ts). Returns the reader of what was recorded.
 */
export async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const inWorkers: string[] = [];
  page.on('console', (message) => {
    if (WORKER_VIOLATION.test(message.text())) inWorkers.push(message.text().replace(WORKER_VIOLATION, 'worker: '));
  });
  page.on('worker', (worker) => {
    // A worker that ends first (an import worker, after its file) rejects the evaluation: nothing to record.
    void worker
      .evaluate(() =>
        self.addEventListener('securitypolicyviolation', (event) =>
          console.error(
            `Content Security Policy violation in a worker: ${event.violatedDirective} ${event.blockedURI}`,
          ),
        ),
      )
      .catch(() => {});
  });
  // A library probing eval, an inline style or a stray host shows here.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = log;
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...(await page.evaluate(() => [...((window as unknown as { cspViolations?: string[] }).cspViolations ?? [])])),
    ...inWorkers,
  ];
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** Runs before the page loads, e.g. to make a request fail with `page.route`. */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** This page's browser's flags, when not the file's (e.g. NO_WEBGL_ARGS). */
  browserArgs?: string[];
  /**
   * Whether the page may animate its camera. Pages prefer reduced motion unless a test says otherwise:
   * the atlas then jumps where it would fly (its own behaviour, tested in explore and tour), so a test
   * waits for the end state without the software renderer drawing every frame of a flight meanwhile.
   */
  motion?: 'full' | 'reduced';
}

/** Opens `url` in a fresh context of this file's browser, recording errors and requests. */
export async function openPage(url: string, options: PageOptions = {}): Promise<AtlasPage> {
  const { viewport = { width: 1280, height: 800 }, beforeLoad, browserArgs, motion = 'reduced' } = options;
  const origin = new URL(url).origin;
  const context = await (
    await browser(browserArgs)
  ).newContext({
    viewport,
    timezoneId: 'Asia/Shanghai',
    locale: 'en-GB',
    reducedMotion: motion === 'full' ? 'no-preference' : 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !HARMLESS_CONSOLE.some((re) => re.test(message.text()))) {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const requested = request.url();
    if (/^(data|blob):/.test(requested)) return;
    requests.push(requested);
    if (new URL(requested).origin !== origin) foreignRequests.push(requested);
  });
  const cspViolations = await recordPolicyViolations(page);
  await page.addInitScript(() => {
    // A window error without an Error object (the browser's own, e.g. "ResizeObserver loop completed
    // with undelivered notifications") never reaches 'pageerror'; error trackers do see it.
    window.addEventListener('error', (event) => {
      if (!event.error) console.error(`window error: ${event.message}`);
    });
  });
  await beforeLoad?.(page);
  await page.goto(url);
  return { page, errors, requests, foreignRequests, cspViolations, close: () => context.close() };
}

/** The address of the built atlas with `query` (e.g. '?zone=cbd-part'), or of a page beside it. */
export const atlasUrl = (query = '') => `${inject('baseUrl')}${query}`;

/**
 * Waits until the document says the map is `mode`: 'ready' (MapLibre drew its first frame), 'svg'
 * (no WebGL: the SVG map stands in) or 'error'. Works in a frame too (an embedded atlas).
 */
export async function waitForMap(
  target: Page | Frame,
  mode: 'ready' | 'svg' | 'error' = 'ready',
  timeout = 30_000,
): Promise<void> {
  await target.waitForFunction((want) => document.documentElement.dataset.map === want, mode, { timeout });
}

/**
 * Waits until the map has drawn its first frame and the zone layers have features on screen. A test
 * that loads the atlas several times may allow more than the 30 s default on a busy machine.
 */
export async function waitForZones(target: Page | Frame, timeout = 30_000): Promise<void> {
  await waitForMap(target, 'ready', timeout);
  await target.waitForFunction(
    () => {
      const map = window.atlas?.map;
      return !!map && map.queryRenderedFeatures({ layers: ['zones-area-fill'] }).length > 0;
    },
    null,
    { timeout },
  );
}

/** Waits until the MapLibre camera has stopped (a selection or a tour step flies it): a person clicks what they see. */
export async function waitForSettledCamera(target: Page | Frame, timeout = 30_000): Promise<void> {
  await target.waitForFunction(() => !window.atlas!.map.isMoving(), null, { timeout });
}

/** Waits until the page has fallen back to the SVG map (no WebGL2) and drawn its zones. */
export async function waitForSvgMap(target: Page | Frame, timeout = 30_000): Promise<void> {
  await waitForMap(target, 'svg', timeout);
  await target.waitForFunction(() => document.querySelectorAll('svg.svg-map path[data-zone-id]').length > 0, null, {
    timeout,
  });
}

/**
 * What a freshly loaded atlas must have reached before a test goes on:
 * - 'zones' (the default): MapLibre's first frame, the zones on screen, the camera still;
 * - 'map': the first frame and the camera still (a tour scene may hide the zones);
 * - 'svg': the SVG map drawn (a browser without WebGL);
 * - 'nothing': loaded, no more (a test that watches what comes next, or a page that fails).
 */
export type AtlasReadiness = 'zones' | 'map' | 'svg' | 'nothing';

/** Waits until the atlas in `target` has reached `waitFor`, each condition allowed `timeout` ms. */
export async function waitForAtlas(
  target: Page | Frame,
  { waitFor = 'zones', timeout = 30_000 }: { waitFor?: AtlasReadiness; timeout?: number } = {},
): Promise<void> {
  if (waitFor === 'nothing') return;
  if (waitFor === 'svg') return waitForSvgMap(target, timeout);
  if (waitFor === 'zones') await waitForZones(target, timeout);
  else await waitForMap(target, 'ready', timeout);
  await waitForSettledCamera(target, timeout);
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
