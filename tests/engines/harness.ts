import { afterAll, beforeAll, describe, inject } from 'vitest';
import { launchPuppeteer } from './puppeteer';
import { launchWebKit } from './webdriver';
import { waitFor, type Engine, type EngineName, type EnginePage } from './engine';

/**
 * What the journeys (journeys.ts) share: this file's browser of one engine, a fresh page per journey,
 * the map's readiness, and reading and clicking as a person would.
 */

/** What each engine needs from scripts/lib/engines.mjs; a missing one skips (locally) or fails (CI). */
const NEEDS: Record<EngineName, string[]> = {
  chromium: ['chromium'],
  firefox: ['firefox', 'xvfb'],
  'firefox-headless': ['firefox'],
  webkit: ['webkit-driver', 'minibrowser', 'xvfb'],
};

const launch = (name: EngineName): Promise<Engine> =>
  name === 'webkit' ? launchWebKit(inject('display')) : launchPuppeteer(name, inject('display'));

/** A fresh page needs longer than most waits: the first frame in software GL on a shared 2-core machine. */
export const FIRST_FRAME = { timeout: 90_000 };
/** A journey's whole budget. */
export const JOURNEY = 180_000;

export const atlasUrl = (query = '') => `${inject('baseUrl')}${query}`;
export const param = async (page: EnginePage, name: string) => new URL(await page.url()).searchParams.get(name);

/**
 * Runs `body` with this file's one browser of engine `name`, launched before the first journey and
 * closed after the last. Each journey opens its own page (a fresh profile) and closes it.
 */
export function describeEngine(name: EngineName, body: (engine: () => Engine) => void): void {
  const missing = inject('missingEngines');
  describe.skipIf(NEEDS[name].some((need) => missing.includes(need)))(`journeys in ${name}`, () => {
    let engine: Engine | undefined;
    beforeAll(async () => {
      engine = await launch(name);
    }, 60_000);
    afterAll(async () => {
      await engine?.close();
    });
    body(() => engine!);
  });
}

/** Opens a page, runs `journey` on it and closes it, passed or failed. */
export async function withPage(engine: Engine, journey: (page: EnginePage) => Promise<void>): Promise<void> {
  const page = await engine.newPage();
  try {
    await journey(page);
  } finally {
    await page.close();
  }
}

/**
 * Records the page's uncaught errors and rejections from now on (WebDriver classic has no script that
 * runs before the page's own, so this starts after load); `pageErrors` reads them.
 */
export const recordErrors = (page: EnginePage) =>
  page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { engineErrors: string[] }).engineErrors = log;
    addEventListener('error', (event) => log.push(`error: ${event.message}`));
    addEventListener('unhandledrejection', (event) => log.push(`rejection: ${String(event.reason)}`));
  });
export const pageErrors = (page: EnginePage) =>
  page.evaluate(() => (window as unknown as { engineErrors?: string[] }).engineErrors ?? ['no recorder']);

export type MapKind = 'webgl' | 'svg';

/** Waits until the map is drawn with its zones: MapLibre's (WebGL2) or the SVG map (no WebGL2). */
export async function waitForMap(page: EnginePage, kind: MapKind): Promise<void> {
  if (kind === 'svg') {
    await waitFor(
      page,
      'the SVG map with its zones',
      () =>
        document.documentElement.dataset['map'] === 'svg' &&
        document.querySelectorAll('svg.svg-map path[data-zone-id]').length,
      [],
      FIRST_FRAME,
    );
    return;
  }
  await waitFor(
    page,
    'MapLibre with its zones on screen, the camera still',
    () => {
      const map = window.atlas?.map;
      return (
        document.documentElement.dataset['map'] === 'ready' &&
        !!map &&
        !map.isMoving() &&
        map.queryRenderedFeatures({ layers: ['zones-area-fill'] }).length > 0
      );
    },
    [],
    FIRST_FRAME,
  );
}

/** Opens the atlas at `query` in a fresh page and waits for its map. */
export async function openAtlas(page: EnginePage, query: string, kind: MapKind): Promise<void> {
  await page.goto(atlasUrl(query));
  await waitForMap(page, kind);
  await recordErrors(page);
}

export const text = (page: EnginePage, selector: string) =>
  page.evaluate((s) => document.querySelector<HTMLElement>(s)?.innerText.trim() ?? null, selector);

export async function waitForText(page: EnginePage, selector: string, want: string | RegExp, timeout = 20_000) {
  await waitFor(
    page,
    `${selector} to read ${String(want)}`,
    (s: string, source: string, flags: string | null) => {
      const shown = document.querySelector<HTMLElement>(s)?.innerText.trim() ?? '';
      return flags === null ? shown === source : new RegExp(source, flags).test(shown);
    },
    [selector, typeof want === 'string' ? want : want.source, typeof want === 'string' ? null : want.flags] as [
      string,
      string,
      string | null,
    ],
    { timeout },
  );
}

/**
 * Clicks `selector` once a person could: it is on top at its middle and has not moved since the last
 * look (a panel that is still being laid out moves its buttons under the pointer).
 */
export async function clickWhenSteady(page: EnginePage, selector: string): Promise<void> {
  // Where the element is, when it is on top at its middle ('' otherwise). Runs in the page.
  const where = (s: string) => {
    const target = document.querySelector(s);
    if (!target) return '';
    const box = target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit && target.contains(hit) ? `${box.x},${box.y},${box.width},${box.height}` : '';
  };
  const deadline = Date.now() + 20_000;
  let last = '';
  for (;;) {
    const now = await page.evaluate(where, selector);
    if (now && now === last) break;
    if (Date.now() > deadline) throw new Error(`${selector} was not clickable and still within 20 s (${now})`);
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await page.click(selector);
}

/**
 * A point of the viewport where a person clicking hits exactly one zone, and that zone's id: on
 * MapLibre's canvas, found by asking what is drawn under a grid of points; on the SVG map, the middle
 * of a zone's shape that is on top there.
 */
export const zoneUnderPoint = (page: EnginePage, kind: MapKind) =>
  page.evaluate((svg) => {
    if (svg) {
      for (const path of document.querySelectorAll<SVGPathElement>('svg.svg-map path[data-zone-id]')) {
        const box = path.getBoundingClientRect();
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        if (document.elementFromPoint(x, y) === path) return { x, y, id: path.dataset['zoneId']! };
      }
      return null;
    }
    const map = window.atlas!.map;
    const canvas = map.getCanvas().getBoundingClientRect();
    for (let fy = 0.3; fy <= 0.7; fy += 0.05) {
      for (let fx = 0.3; fx <= 0.7; fx += 0.05) {
        const point: [number, number] = [canvas.width * fx, canvas.height * fy];
        const hits = map.queryRenderedFeatures(point, { layers: ['zones-area-fill'] });
        const ids = new Set(hits.map((hit) => String(hit.properties['id'])));
        if (ids.size === 1) return { x: canvas.x + point[0], y: canvas.y + point[1], id: [...ids][0]! };
      }
    }
    return null;
  }, kind === 'svg');
