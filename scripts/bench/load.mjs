// One page load in a fresh headless Chromium (the e2e flags): the time to the first rendered zones,
// the requests it made, and optionally the bytes of everything requested before that frame.
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium.mjs';
import { installProbe } from './probe.mjs';
import { SVG_MAP_ZONES } from './selectors.mjs';

const isLocal = (url) => /^(data|blob):/.test(url) || new URL(url).hostname === '127.0.0.1';

/**
 * Opens `url` in a fresh browser and waits for the first frame with zones. Returns the open session
 * (call `close()`), so that the interaction probes can go on in the same page.
 * @param {string} url
 * @param {{ mapGlobal: 'atlas' | 'baseline', zoneLayers: string[], recordBytes?: boolean, waitWholeMap?: boolean }} options
 */
export async function openPage(url, { mapGlobal, zoneLayers, recordBytes = false, waitWholeMap = false }) {
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  const foreignRequests = [];
  const errors = [];
  const responses = [];
  const pending = [];
  page.on('request', (request) => {
    if (!isLocal(request.url())) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (recordBytes) {
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          if (!response || /^(data|blob):/.test(request.url())) return;
          const body = await response.body().catch(() => Buffer.alloc(0));
          responses.push({
            url: request.url(),
            start: request.timing().startTime,
            raw: body.length,
            gzip: gzipSync(body).length,
          });
        })(),
      );
    });
  }
  await page.addInitScript(installProbe, { mapGlobal, zoneLayers, svgSelector: SVG_MAP_ZONES });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstZones !== null, null, { timeout: 60_000, polling: 100 });
  if (waitWholeMap) {
    await page.waitForFunction(() => window.__bench.wholeMap !== null, null, { timeout: 60_000, polling: 100 });
  }
  // firstSvg is set only once the SVG map's zones existed (they are gone after the hand-over).
  const timing = await page.evaluate(() => ({
    firstZones: window.__bench.firstZones,
    wholeMap: window.__bench.wholeMap,
    programs: window.__bench.programsAtWholeMap,
    firstSvg: window.__bench.firstSvg,
    timeOrigin: performance.timeOrigin,
  }));
  let firstLoadResponses = [];
  if (recordBytes) {
    // Everything requested before the first frame with zones (the charts' later requests are not).
    await page.waitForTimeout(200);
    await Promise.all(pending);
    const until = timing.timeOrigin + timing.firstZones;
    // A file asked for twice counts once: the zones, read by the page and by MapLibre's worker (its
    // source is the same URL), come the second time from the browser's cache, not over the network.
    const seen = new Set();
    firstLoadResponses = responses
      .sort((a, b) => a.start - b.start)
      .filter((response) => response.start <= until && !seen.has(response.url) && seen.add(response.url));
  }
  return {
    page,
    browser,
    timing,
    foreignRequests,
    errors,
    firstLoadResponses,
    close: () => browser.close(),
  };
}

/**
 * One cold load, closed at once: the time to the first rendered zones, to the whole map drawn, and to
 * the SVG zones (if any), and the WebGL programs linked by the whole map.
 */
export async function coldLoad(url, options) {
  const session = await openPage(url, { ...options, waitWholeMap: true });
  await session.close();
  return { ...session.timing, foreignRequests: session.foreignRequests, errors: session.errors };
}

/** The JavaScript heap of the page's main thread after a garbage collection, in bytes (CDP). */
export async function heapUsed(session) {
  const cdp = await session.browser.context.newCDPSession(session.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
