// `npm run bench:video` (issue 22): the time to make the video of the whole tour (data/tour.json) in
// headless Chromium (the e2e flags, software GL), the file's size and frames, and the longest
// main-thread task meanwhile. BENCH_VIDEO_SIZE picks the size (1920x1080, the default, or 1280x720),
// BENCH_VIDEO_LANG the language (en); BENCH_VIDEO_OUT keeps the file there. Serves dist/ (built by the
// npm script). Timing lives here, never in the tests: a shared machine makes timed assertions flaky.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { preview } from 'vite';
import { launchChromium } from '../lib/chromium.mjs';
import { installProbe, longestTaskSince } from './probe.mjs';
import { ATLAS_ZONE_LAYERS, SVG_MAP_ZONES } from './selectors.mjs';

const size = process.env.BENCH_VIDEO_SIZE ?? '1920x1080';
const language = process.env.BENCH_VIDEO_LANG ?? 'en';
const log = (message) => process.stderr.write(`${message}\n`);

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && new URL(url).origin !== new URL(base).origin) foreign.push(url);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(installProbe, {
    mapGlobal: 'atlas',
    zoneLayers: ATLAS_ZONE_LAYERS,
    svgSelector: SVG_MAP_ZONES,
  });
  await page.goto(`${base}?tour=1&step=1&lang=${language}`);
  await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 120_000 });
  await page.locator('#tour [data-video-open]').click({ timeout: 120_000 });
  await page.selectOption('[data-video-size]', size);
  await page.waitForFunction(() => document.querySelector('dialog.video-dialog')?.dataset.phase === 'ready', null, {
    timeout: 30_000,
  });
  const since = await page.evaluate(() => performance.now());
  log(`Making the ${size} video of the whole tour…`);
  const started = Date.now();
  const progress = setInterval(
    () =>
      page
        .locator('[data-video-progress]')
        .textContent()
        .then((text) => log(`  ${text}`))
        .catch(() => {}),
    15_000,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30 * 60_000 }),
    page.locator('[data-video-make]').click(),
  ]);
  const path = await download.path();
  const seconds = (Date.now() - started) / 1000;
  clearInterval(progress);
  const bytes = readFileSync(path);
  if (process.env.BENCH_VIDEO_OUT) writeFileSync(process.env.BENCH_VIDEO_OUT, bytes);
  const longest = await page.evaluate(longestTaskSince, since);
  const { ALL_FORMATS, BufferSource, Input } = await import('mediabunny');
  const input = new Input({ source: new BufferSource(new Uint8Array(bytes)), formats: ALL_FORMATS });
  const track = await input.getPrimaryVideoTrack();
  const frames = (await track.computePacketStats()).packetCount;
  console.table([
    {
      file: download.suggestedFilename(),
      codec: await track.getCodecParameterString(),
      'video s': Number((await input.computeDuration()).toFixed(2)),
      frames,
      MB: Number((bytes.length / 1e6).toFixed(2)),
      'time to make s': Number(seconds.toFixed(1)),
      'ms per frame': Math.round((seconds * 1000) / frames),
      'longest task ms': longest === null ? 'n/a' : Math.round(longest),
      'load avg (1 min)': Number(loadavg()[0].toFixed(1)),
    },
  ]);
  // The longest tasks, each named by the last step begun before it (the maker's performance marks).
  const tasks = await page.evaluate((since) => {
    const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('video:'));
    const stepAt = (time) => marks.filter((mark) => mark.startTime <= time).at(-1)?.name ?? 'before the video';
    return (window.__bench?.longTasks ?? [])
      .filter(([start]) => start >= since)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([start, duration]) => ({ ms: Math.round(duration), after: stepAt(start) }));
  }, since);
  console.log('Longest tasks while making it:');
  console.table(tasks);
  if (foreign.length) console.log('Requested off the site:', foreign);
  if (errors.length) console.log('Page errors:', errors);
} finally {
  await browser.close();
  await server.close();
}
