// `node scripts/bench/importOnly.mjs [dist…]`: only the import rows of `npm run bench`, for one or more
// builds (default dist/), alternating build by build, run by run, so that a shared machine's load falls
// on each alike. BENCH_RUNS (default 3) runs of each size in BENCH_COUNTS (default 10000,50000).
// Prints status / shown / longest task per run and their medians. Timing lives here, never in tests.
import { resolve } from 'node:path';
import { preview } from 'vite';
import { measureImport } from './features.mjs';
import { openPage } from './load.mjs';
import { ATLAS_ZONE_LAYERS, IMPORT_INPUT } from './selectors.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COUNTS = (process.env.BENCH_COUNTS ?? '10000,50000').split(',').map(Number);
const dists = process.argv.length > 2 ? process.argv.slice(2) : ['dist'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const servers = await Promise.all(
  dists.map((dist) =>
    preview({ build: { outDir: resolve(dist) }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' }),
  ),
);
/** Starts a trace of the page's tasks; `stop()` gives its events. */
function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const started = cdp.send('Tracing.start', {
    categories: 'toplevel,blink.user_timing,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await started;
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/**
 * The main thread's tasks after the import started (the page's 'import-start' mark), by CPU time (the
 * trace's thread duration): a task's wall time on a loaded machine includes the time it waited for a
 * core; its CPU time does not. Longest task and the sum of tasks over 50 ms.
 */
function cpuOfTasks(events) {
  const mark = events.find((e) => e.name === 'import-start');
  if (!mark) return { cpuLongest: null, cpuLong: null };
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts >= mark.ts && /RunTask/.test(e.name),
  );
  const cpu = tasks.map((e) => (e.tdur ?? e.dur) / 1000);
  return {
    cpuLongest: Math.round(Math.max(0, ...cpu)),
    cpuLong: Math.round(cpu.filter((ms) => ms > 50).reduce((a, b) => a + b, 0)),
  };
}

const results = new Map();
try {
  for (const count of COUNTS) {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, server] of servers.entries()) {
        const session = await openPage(server.resolvedUrls.local[0], {
          mapGlobal: 'atlas',
          zoneLayers: ATLAS_ZONE_LAYERS,
        });
        try {
          await session.page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, {
            timeout: 60_000,
          });
          await session.page.waitForSelector(IMPORT_INPUT, { state: 'attached', timeout: 30_000 });
          const cdp = await session.browser.context.newCDPSession(session.page);
          const trace = startTrace(cdp);
          const r = { ...(await measureImport(session.page, count)), ...cpuOfTasks(await trace.stop()) };
          const key = `${dists[i]} ${count}`;
          results.set(key, [...(results.get(key) ?? []), r]);
          console.log(key, JSON.stringify(r));
        } finally {
          await session.close();
        }
      }
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
}
for (const [key, runs] of results) {
  const ok = runs.filter((r) => r.time !== undefined);
  const m = (field) => Math.round(median(ok.map((r) => r[field])));
  console.log(
    `${key}: status ${m('status')} ms / shown ${m('time')} ms / longest task ${m('longestTask')} ms ` +
      `(${ok.map((r) => Math.round(r.longestTask)).join(', ')}); CPU: longest task ${m('cpuLongest')} ms ` +
      `(${ok.map((r) => r.cpuLongest).join(', ')}), tasks over 50 ms ${m('cpuLong')} ms`,
  );
}
