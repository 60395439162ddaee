// `node scripts/bench/importProfile.mjs [count]`: one import through the built page (dist/) with a CPU
// profile of the main thread; prints the long tasks after the file was given and the functions with the
// most self time in them. A diagnosis tool for the import rows of `npm run bench` (docs/performance.md).
import { measureImport } from './features.mjs';
import { openPage } from './load.mjs';
import { ATLAS_ZONE_LAYERS, IMPORT_INPUT } from './selectors.mjs';
import { preview } from 'vite';

const count = Number(process.argv[2] ?? 50_000);
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const session = await openPage(server.resolvedUrls.local[0], { mapGlobal: 'atlas', zoneLayers: ATLAS_ZONE_LAYERS });
try {
  const { page } = session;
  await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 60_000 });
  await page.waitForSelector(IMPORT_INPUT, { state: 'attached', timeout: 30_000 });
  const cdp = await session.browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await measureImport(page, count);
  const { profile } = await cdp.send('Profiler.stop');
  const tasks = await page.evaluate(() => window.__bench.longTasks);
  const start = await page.evaluate(() => window.__import.start);
  console.log(JSON.stringify(result));
  console.log('long tasks after start (start offset ms, duration):');
  for (const [s, d] of tasks.filter(([s]) => s >= start)) console.log(`  +${Math.round(s - start)}  ${Math.round(d)}`);
  // Self time per function in the samples.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  // Inclusive time per function (each function counted once per sample).
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    }
  });
  console.log('inclusive time (ms):');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
  console.log('self time (ms):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
} finally {
  await session.close();
  await server.close();
}
