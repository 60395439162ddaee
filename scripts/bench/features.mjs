// Rows for features that other issues build (PNG export, GeoJSON import). Each probe first checks that
// its selector is on the page and returns { missing: true } otherwise, so the row says "not built yet".
import { readFile } from 'node:fs/promises';
import { longestTaskSince, mapIdle } from './probe.mjs';
import { EXPORT_4K, EXPORT_BUTTON, EXPORT_SIZE, IMPORT_INPUT, STATUS } from './selectors.mjs';

const exists = (page, selector) => page.evaluate((s) => document.querySelector(s) !== null, selector);

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (bytes) =>
  bytes.length > 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;

/**
 * PNG export: clicks the export button (after choosing 4K in the size list, if there is one) and waits
 * for the download. Time from the click to the download; the longest main-thread task meanwhile.
 */
export async function measureExport(page) {
  if (!(await exists(page, EXPORT_BUTTON))) return { missing: true };
  if (await exists(page, EXPORT_SIZE)) await page.selectOption(EXPORT_SIZE, EXPORT_4K);
  const since = await page.evaluate(() => performance.now());
  const start = Date.now();
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click(EXPORT_BUTTON, { timeout: 5_000 }),
    ]);
    const time = Date.now() - start;
    const path = await download.path();
    const size = path ? pngSize(await readFile(path)) : null;
    return { time, longestTask: await page.evaluate(longestTaskSince, since), size };
  } catch (error) {
    return { error: String(error).split('\n')[0] };
  }
}

/**
 * Synthetic GeoJSON: `count` small squares on a grid over central Beijing, each with an id and a name.
 * Deterministic (no randomness), so runs compare.
 */
export function syntheticPolygons(count) {
  const side = Math.ceil(Math.sqrt(count));
  const [west, south, span] = [116.1, 39.7, 0.5];
  const step = span / side;
  const features = [];
  for (let i = 0; i < count; i++) {
    const x = west + (i % side) * step;
    const y = south + Math.floor(i / side) * step;
    const d = step * 0.8;
    features.push({
      type: 'Feature',
      properties: { id: `synthetic-${i}`, name: `Plot ${i + 1}` },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + d, y],
            [x + d, y + d],
            [x, y + d],
            [x, y],
          ],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Matches the count as a person would read it: 10000, 10,000, 10 000 (any thin or narrow space). */
export const countPattern = (count) => {
  const digits = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '[,.\\s\\u00a0\\u202f]?');
  return `(^|\\D)${digits}(\\D|$)`;
};

/**
 * Import through the real file input: time from the input's change event to the status naming the
 * count, and to the map's next idle after that; the longest main-thread task meanwhile.
 */
export async function measureImport(page, count) {
  if (!(await exists(page, IMPORT_INPUT))) return { missing: true };
  const buffer = Buffer.from(JSON.stringify(syntheticPolygons(count)));
  await page.evaluate(mapIdle, 'atlas');
  await page.evaluate(
    ({ input, status, pattern }) => {
      const probe = { start: null, status: null, shown: null };
      window.__import = probe;
      const started = () => {
        probe.start = performance.now();
        // For a trace (scripts/bench/importOnly.mjs): where the import starts, on the trace's clock.
        performance.mark('import-start');
      };
      document.querySelector(input).addEventListener('change', started, {
        capture: true,
        once: true,
      });
      const matches = new RegExp(pattern);
      const check = () => {
        if (probe.start !== null && matches.test(document.querySelector(status)?.textContent ?? '')) {
          probe.status = performance.now();
          window.atlas.map.once('idle', () => (probe.shown = performance.now()));
          window.atlas.map.triggerRepaint();
        } else if (performance.now() < 600_000) requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    { input: IMPORT_INPUT, status: STATUS, pattern: countPattern(count) },
  );
  await page.setInputFiles(IMPORT_INPUT, {
    // No digits in the name: "Importing synthetic-10000.geojson…" would name the count before the import ends.
    name: 'synthetic-polygons.geojson',
    mimeType: 'application/geo+json',
    buffer,
  });
  const handle = await page
    .waitForFunction(() => window.__import.shown, null, { timeout: 120_000, polling: 100 })
    .catch(() => null);
  if (!handle) return { error: 'the status never named the count (or the map never went idle) within 120 s' };
  const { start, status, shown } = await page.evaluate(() => window.__import);
  return { status: status - start, time: shown - start, longestTask: await page.evaluate(longestTaskSince, start) };
}
