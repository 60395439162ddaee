// Prints the figures the atlas is judged by: bundle sizes (raw and gzip) and the time from navigation
// to the first rendered zones in headless Chromium (median of 5 cold loads). `npm run bench`.
// Timing lives here, not in the tests: a shared CI machine makes timed assertions flaky.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSizes(dir = 'dist') {
  const files = readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile());
  const groups = { js: [0, 0], css: [0, 0], data: [0, 0], html: [0, 0] };
  for (const path of files) {
    const bytes = readFileSync(path);
    const group = /\.m?js$/.test(path)
      ? 'js'
      : path.endsWith('.css')
        ? 'css'
        : /\.(geo)?json$/.test(path)
          ? 'data'
          : 'html';
    groups[group][0] += bytes.length;
    groups[group][1] += gzipSync(bytes).length;
  }
  return groups;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const sizes = bundleSizes();
console.log('Production bundle (dist/):');
for (const [group, [raw, gzip]] of Object.entries(sizes))
  console.log(`  ${group.padEnd(5)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip`);

const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const times = [];
for (let run = 0; run < RUNS; run++) {
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    () => window.atlas?.map.queryRenderedFeatures({ layers: ['zones-area-fill'] }).length > 0,
    null,
    { timeout: 60000, polling: 16 },
  );
  times.push(Date.now() - start);
  await browser.close();
}
await server.close();
console.log(
  `Navigation to first rendered zones, ${RUNS} cold loads: ${times.join(', ')} ms; median ${median(times)} ms`,
);
