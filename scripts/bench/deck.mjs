// `node scripts/bench/deck.mjs` after `npx vite build` (issue 22): the whole tour as a PowerPoint deck,
// made in a fresh headless Chromium (the e2e flags, software WebGL) from the tour's caption, in each
// language. Prints the time from the click to the download, the part spent drawing the scenes and the
// part writing the file (the page's performance marks), the longest main-thread task meanwhile
// (PerformanceObserver 'longtask', probe.mjs), and the file's size. BENCH_RUNS runs per language
// (default 1; a deck of eight 1920 × 1080 scenes takes half a minute on this machine).
import { readFile } from 'node:fs/promises';
import { preview } from 'vite';
import { launchChromium } from '../lib/chromium.mjs';
import { installProbe, longestTaskSince } from './probe.mjs';
import { ATLAS_ZONE_LAYERS, SVG_MAP_ZONES } from './selectors.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const LANGUAGES = (process.env.BENCH_LANGUAGES ?? 'en,zh').split(',');
const DECK_BUTTON = '[data-export-deck="tour"]';

/** One deck of the whole tour in `language`, in a fresh page of `browser`. */
async function measureDeck(browser, base, language) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  const config = { mapGlobal: 'atlas', zoneLayers: ATLAS_ZONE_LAYERS, svgSelector: SVG_MAP_ZONES };
  await page.addInitScript(installProbe, config);
  const foreign = [];
  page.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url()) && new URL(request.url()).origin !== new URL(base).origin)
      foreign.push(request.url());
  });
  try {
    await page.goto(`${base}?lang=${language}&tour=1&step=1`);
    await page.waitForSelector(DECK_BUTTON, { timeout: 120_000 });
    await page.waitForFunction(() => window.atlas?.map?.loaded(), null, { timeout: 120_000 });
    const since = await page.evaluate(() => performance.now());
    const start = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.click(DECK_BUTTON),
    ]);
    const time = Date.now() - start;
    const bytes = await readFile(await download.path());
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        ['deck:start', 'deck:images', 'deck:written'].map((name) => [
          name,
          performance.getEntriesByName(name).at(-1)?.startTime,
        ]),
      ),
    );
    // Which step the long tasks (> 200 ms) fell in: drawing the scenes, or writing the file.
    const long = await page.evaluate(
      ({ since, written }) =>
        (window.__bench?.longTasks ?? [])
          .filter(([start, duration]) => start >= since && duration > 200)
          .map(([start, duration]) => `${Math.round(duration)}${start >= written ? ' (writing)' : ''}`),
      { since, written: marks['deck:images'] },
    );
    return {
      language,
      'click → file, ms': time,
      'scenes drawn, ms': Math.round(marks['deck:images'] - marks['deck:start']),
      'file written, ms': Math.round(marks['deck:written'] - marks['deck:images']),
      'longest task, ms': Math.round(await page.evaluate(longestTaskSince, since)),
      'size, MB': (bytes.length / 1e6).toFixed(2),
      'off-site requests': foreign.length,
      'tasks > 200 ms': long.join(', '),
    };
  } finally {
    await page.close();
  }
}

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await launchChromium();
try {
  const rows = [];
  for (const language of LANGUAGES) {
    for (let run = 0; run < RUNS; run++) rows.push(await measureDeck(browser, base, language));
  }
  console.table(rows);
} finally {
  await browser.close();
  await server.close();
}
