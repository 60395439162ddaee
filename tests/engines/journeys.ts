import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { waitFor, type Engine, type EnginePage } from './engine';
import { serveHostPage } from '../e2e/hostPage';
import {
  atlasUrl,
  clickWhenSteady,
  FIRST_FRAME,
  JOURNEY,
  openAtlas,
  pageErrors,
  param,
  recordErrors,
  text,
  waitForMap,
  waitForText,
  withPage,
  zoneUnderPoint,
  type MapKind,
} from './harness';

export { describeEngine } from './harness';

/**
 * The journeys of issue 21, written once against engine.ts and run in each engine by a test file of its
 * own (chromium, firefox, firefoxHeadless, webkit .test.ts): a visitor, a planner, a presenter and a
 * host page that embeds the atlas. They check what a person sees (the details' name, the link, the
 * measured distance, the downloaded image), not how an engine draws it.
 */

interface Zone {
  properties: { id: string; name_en: string; name_zh: string };
}
const zones = (JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as { features: Zone[] }).features;
const zone = (id: string) => zones.find((z) => z.properties.id === id)!.properties;

/** A visitor: a zone clicked on the map, another found by search, the details in English then Chinese. */
export function visitorJourney(engine: () => Engine, kind: MapKind = 'webgl'): void {
  it(
    'visitor: clicks a zone, searches another, reads its details in English and Chinese',
    () =>
      withPage(engine(), async (page) => {
        await openAtlas(page, '', kind);
        const target = await zoneUnderPoint(page, kind);
        expect(target, 'a zone on screen to click').not.toBeNull();
        await page.clickAt(target!.x, target!.y);
        await waitForText(page, '#details h2', zone(target!.id).name_en);
        await waitFor(page, 'the zone in the link', (id) => location.search.includes(`zone=${id}`), [target!.id]);

        await page.type('#search input', 'Tianzhu');
        await waitForText(page, '[role="option"]', /Tianzhu Comprehensive Bonded Zone/);
        await page.press('Enter');
        const tianzhu = zone('tianzhu-comprehensive-bonded-zone');
        await waitForText(page, '#details h2', tianzhu.name_en);
        await waitFor(page, 'Tianzhu in the link', () => location.search.includes('zone=tianzhu'), []);

        await clickWhenSteady(page, '.language-switch');
        await waitForText(page, '#details h2', tianzhu.name_zh);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        await waitFor(page, 'lang=zh in the link', () => new URL(location.href).searchParams.get('lang') === 'zh', []);
        expect(await param(page, 'zone')).toBe('tianzhu-comprehensive-bonded-zone');
        expect(await pageErrors(page)).toEqual([]);
      }),
    JOURNEY,
  );
}

/** Waits until the camera has stopped: a person clicks what they see. */
const settled = (page: EnginePage) => waitFor(page, 'the camera to stop', () => !window.atlas!.map.isMoving(), []);

/** The number of kilometres the measure box shows ("Distance: 3.45 km" → 3.45), or null. */
const shownKm = async (page: EnginePage) => {
  const match = /([\d.,]+)\s*km/.exec((await text(page, '[data-measure-total]')) ?? '');
  return match ? Number(match[1]!.replace(/,/g, '')) : null;
};

const THREE = ['cbd-part', 'jinzhan-part', 'tianzhu-comprehensive-bonded-zone'];
const IMPORTED = readFileSync('tests/fixtures/import/e2e/two-plots.geojson', 'utf8');
/** Whether "Your features" lists the names `names` (comma-separated), in order. Runs in the page. */
const listsImports = (names: string) =>
  [...document.querySelectorAll('[data-user-features] .user-item .user-name')].map((n) => n.textContent).join(',') ===
  names;

/**
 * A planner: a comparison link, a distance measured with two clicks on the map, a GeoJSON file imported
 * and still there after a reload (IndexedDB).
 */
export function plannerJourney(engine: () => Engine): void {
  it(
    'planner: opens a comparison link, measures a distance, imports GeoJSON that a reload keeps',
    () =>
      withPage(engine(), async (page) => {
        await openAtlas(page, `?compare=${THREE.join(',')}`, 'webgl');
        await waitFor(
          page,
          'the three zones in the comparison table',
          (ids) =>
            [...document.querySelectorAll('#compare table[data-table="metrics"] tbody tr')]
              .map((row) => row.getAttribute('data-zone-id'))
              .join(',') === ids,
          [THREE.join(',')],
        );

        // The table covers most of the map: a planner hides it to measure.
        await clickWhenSteady(page, '#compare .compare-collapse');
        await waitFor(page, 'the table hidden', () => !!document.querySelector('#compare[data-collapsed]'), []);
        await clickWhenSteady(page, '[data-measure="distance"]');
        // The tool loads on first use: clicks before it listens add no point.
        await waitFor(
          page,
          'the measure tool on',
          () => document.querySelector('[data-measure="distance"]')?.getAttribute('aria-pressed') === 'true',
          [],
        );
        await settled(page);
        // Two points across the middle of the map, where nothing covers it.
        const points = await page.evaluate(() => {
          const canvas = window.atlas!.map.getCanvas();
          const box = canvas.getBoundingClientRect();
          for (const fy of [0.5, 0.4, 0.3, 0.6, 0.2]) {
            const y = box.y + box.height * fy;
            const [a, b] = [0.35, 0.65].map((fx) => ({ x: box.x + box.width * fx, y }));
            if ([a!, b!].every((p) => document.elementFromPoint(p.x, p.y) === canvas)) return [a!, b!];
          }
          return null;
        });
        expect(points, 'two points of the map in view').not.toBeNull();
        const [a, b] = points!;
        await page.clickAt(a!.x, a!.y);
        await page.clickAt(b!.x, b!.y, 2);
        await waitFor(
          page,
          'a finished measurement',
          () => document.querySelector('.measure-result')?.getAttribute('data-finished') === 'true',
          [],
        );
        // What the map says lies between the two points clicked.
        const expected = await page.evaluate(
          (p, q) => {
            const map = window.atlas!.map;
            const box = map.getCanvas().getBoundingClientRect();
            const at = (point: { x: number; y: number }) => map.unproject([point.x - box.x, point.y - box.y]);
            return at(p).distanceTo(at(q)) / 1000;
          },
          a!,
          b!,
        );
        expect(expected).toBeGreaterThan(1);
        expect(Math.abs((await shownKm(page))! / expected - 1)).toBeLessThan(0.02);
        await clickWhenSteady(page, '[data-measure-action="clear"]');

        await waitFor(page, 'the import panel', () => !!document.querySelector('input[type=file][data-import]'), []);
        // The file chooser is the operating system's: the file is given to the input as a browser would.
        await page.evaluate((contents) => {
          const input = document.querySelector<HTMLInputElement>('input[type=file][data-import]')!;
          const transfer = new DataTransfer();
          transfer.items.add(new File([contents], 'two-plots.geojson', { type: 'application/geo+json' }));
          input.files = transfer.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        }, IMPORTED);
        await waitForText(page, '#status', /Imported 2 polygons from two-plots\.geojson/);
        await waitFor(page, 'the imports listed', listsImports, ['North plot,South plot']);
        expect(await pageErrors(page)).toEqual([]);

        await page.reload();
        await waitForMap(page, 'webgl');
        await waitFor(
          page,
          'the imports listed again after a reload',
          listsImports,
          ['North plot,South plot'],
          FIRST_FRAME,
        );
        expect(await param(page, 'compare')).toBe(THREE.join(','));
      }),
    JOURNEY,
  );
}

interface Scene {
  title_en: string;
}
const scenes = (JSON.parse(readFileSync('data/tour.json', 'utf8')) as { scenes: Scene[] }).scenes;

/**
 * A presenter: the tour's clicker key moves to the next step and the link follows; Escape ends it; the
 * map downloads as a 1920 × 1080 PNG.
 */
export function presenterJourney(engine: () => Engine): void {
  it(
    'presenter: steps the tour with a key, the link follows; downloads a 1920 × 1080 PNG',
    () =>
      withPage(engine(), async (page) => {
        await page.goto(atlasUrl('?tour=1&step=2'));
        await waitForText(page, '#tour h2', scenes[1]!.title_en, FIRST_FRAME.timeout);
        await recordErrors(page);
        await page.press('ArrowRight');
        await waitForText(page, '#tour h2', scenes[2]!.title_en);
        await waitFor(page, 'step=3 in the link', () => new URL(location.href).searchParams.get('step') === '3', []);
        await page.press('Escape');
        await waitFor(page, 'the tour ended', () => !new URL(location.href).searchParams.has('tour'), []);

        await waitFor(page, 'the image button', () => !!document.querySelector('[data-export-png]'), [], FIRST_FRAME);
        // Downloads land in a place each driver treats differently: the page's download link is caught
        // instead, and the file (a blob) is read where it was made.
        await page.evaluate(() => {
          const files: { name: string; href: string }[] = [];
          (window as unknown as { downloads: typeof files }).downloads = files;
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            files.push({ name: this.download, href: this.href });
          };
          // A size list is a native pop-up no driver opens the same way: chosen as its change event says.
          const select = document.querySelector<HTMLSelectElement>('select[data-export-size]')!;
          select.value = '1920x1080';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await clickWhenSteady(page, '[data-export-png]');
        const file = await waitFor(
          page,
          'the PNG download',
          async () => {
            const download = (window as unknown as { downloads: { name: string; href: string }[] }).downloads[0];
            if (!download) return null;
            const bytes = new DataView(await (await fetch(download.href)).arrayBuffer());
            return {
              name: download.name,
              bytes: bytes.byteLength,
              signature: bytes.getUint32(0).toString(16) + bytes.getUint32(4).toString(16),
              width: bytes.getUint32(16),
              height: bytes.getUint32(20),
            };
          },
          [],
          { timeout: 120_000, interval: 500 },
        );
        expect(file).toMatchObject({ signature: '89504e47d0a1a0a', width: 1920, height: 1080 });
        expect(file.name).toMatch(/\.png$/);
        // A drawn map, not an empty canvas: an empty 1920 × 1080 PNG is a few kilobytes.
        expect(file.bytes).toBeGreaterThan(100_000);
        expect(await pageErrors(page)).toEqual([]);
      }),
    JOURNEY,
  );
}

interface HostState {
  zone: string | null;
  lang: string;
}
type Received = { type: 'atlas:ready' } | { type: 'atlas:state'; state: HostState };

/**
 * A host page on another origin that frames the atlas (docs/embed-example.html) and drives it with
 * `atlas:*` messages: the atlas says it is ready, follows a selection and a language, and answers
 * `atlas:get-state` with its state.
 */
export function embedJourney(engine: () => Engine): void {
  const host = serveHostPage(() => readFileSync('docs/embed-example.html'));
  const lastState = (page: EnginePage) =>
    page.evaluate(
      () =>
        (window as unknown as { received: Received[] }).received
          .filter((m): m is Extract<Received, { type: 'atlas:state' }> => m.type === 'atlas:state')
          .at(-1)?.state ?? null,
    );
  const send = (page: EnginePage, message: unknown) =>
    page.evaluate((m) => (window as unknown as { sendToAtlas(m: unknown): void }).sendToAtlas(m), message);
  it(
    'embed host: drives the framed atlas with postMessage and gets its state back',
    () =>
      withPage(engine(), async (page) => {
        await page.goto(`${host.url}?atlas=${encodeURIComponent(inject('baseUrl'))}`);
        await waitFor(
          page,
          'atlas:ready from the frame',
          () => (window as unknown as { received: Received[] }).received.some((m) => m.type === 'atlas:ready'),
          [],
          FIRST_FRAME,
        );
        await recordErrors(page);
        await send(page, { type: 'atlas:select', id: 'capital-airport-part' });
        await expect.poll(async () => (await lastState(page))?.zone, { timeout: 20_000 }).toBe('capital-airport-part');
        await send(page, { type: 'atlas:set-language', lang: 'zh' });
        await expect.poll(async () => (await lastState(page))?.lang, { timeout: 20_000 }).toBe('zh');
        const count = await page.evaluate(() => (window as unknown as { received: Received[] }).received.length);
        await send(page, { type: 'atlas:get-state' });
        const answer = await waitFor(
          page,
          'the answer to atlas:get-state',
          (before) => (window as unknown as { received: Received[] }).received[before] ?? null,
          [count],
        );
        expect(answer).toEqual({ type: 'atlas:state', state: await lastState(page) });
        expect(answer).toMatchObject({ state: { zone: 'capital-airport-part', lang: 'zh' } });
        expect(await pageErrors(page)).toEqual([]);
      }),
    JOURNEY,
  );
}
