// Where the main thread's time goes in one cold load of the bare page and of the atlas-style page's
// variants (not a timing of record: one load each, under a sampling profiler, with MapLibre's
// unminified build so that functions keep their names). Prints, per page, the time to the whole map and
// the functions with the most self time. `node scripts/bench/styleProfile.mjs [variant…]` after
// `npx vite build` (for the atlas's camera). Use the slot lock (/work/wt/browser-run).
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { zonesIntegrity } from '../build/zonesIntegrity.mjs';
import { launchChromium } from '../lib/chromium.mjs';
import { atlasView } from './interaction.mjs';
import { installProbe } from './probe.mjs';
import { ATLAS_ZONE_LAYERS, BASELINE_ZONE_LAYERS, SVG_MAP_ZONES } from './selectors.mjs';

const variants = process.argv.slice(2).length ? process.argv.slice(2) : ['full', 'no-labels'];
const TOP = 25;

/** Builds `page` (bench/<page>/) with MapLibre's unminified build, and serves it. */
async function servePage(page) {
  const root = resolve('bench', page);
  const outDir = resolve('dist-bench/profile', page);
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'error',
    assetsInclude: ['**/*.geojson'],
    plugins: [zonesIntegrity()],
    resolve: {
      alias: [{ find: /^maplibre-gl$/, replacement: resolve('node_modules/maplibre-gl/dist/maplibre-gl-dev.mjs') }],
    },
    build: { outDir, emptyOutDir: true, target: 'es2022', minify: false, chunkSizeWarningLimit: 5000 },
  });
  const server = await preview({
    configFile: false,
    root,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
  });
  return { url: server.resolvedUrls.local[0], close: () => server.close() };
}

/** One cold load of `url` under the sampling profiler: whole-map time and self time per function. */
async function profile(url, probe) {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(installProbe, { ...probe, svgSelector: SVG_MAP_ZONES });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.wholeMap !== null, null, { timeout: 90_000, polling: 100 });
    const { profile: result } = await cdp.send('Profiler.stop');
    const times = await page.evaluate(() => ({ zones: window.__bench.firstZones, whole: window.__bench.wholeMap }));
    const self = new Map();
    const byId = new Map(result.nodes.map((node) => [node.id, node]));
    result.samples.forEach((id, i) => {
      const { functionName, url: script, lineNumber } = byId.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${script.split('/').pop()}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (result.timeDeltas[i] ?? 0) / 1000);
    });
    return { times, self };
  } finally {
    await browser.close();
  }
}

/** The camera and size the bench passes: the atlas's opening view (dist/) in its 1280×800 window. */
async function benchView() {
  const atlas = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(atlas.resolvedUrls.local[0]);
    await page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 90_000 });
    const view = await atlasView(page);
    return `center=${view.center.join(',')}&zoom=${view.zoom}&size=${view.width}x${view.height}`;
  } finally {
    await browser.close();
    await atlas.close();
  }
}

const VIEW = await benchView();
const pages = [
  {
    name: 'baseline',
    dir: 'baseline',
    query: VIEW,
    probe: { mapGlobal: 'baseline', zoneLayers: BASELINE_ZONE_LAYERS },
  },
  ...variants.map((variant) => ({
    name: `atlas style ${variant}`,
    dir: 'atlasStyle',
    query: `${VIEW}&variant=${variant}`,
    probe: { mapGlobal: 'atlasStyle', zoneLayers: ATLAS_ZONE_LAYERS },
  })),
];
const servers = {
  baseline: await servePage('baseline'),
  atlasStyle: await servePage('atlasStyle'),
};
try {
  for (const { name, dir, query, probe } of pages) {
    const { times, self } = await profile(`${servers[dir].url}?${query}`, probe);
    const busy = [...self].filter(([key]) => !key.startsWith('(idle)')).reduce((sum, [, t]) => sum + t, 0);
    console.log(
      `\n${name}: zones ${Math.round(times.zones)} ms, whole map ${Math.round(times.whole)} ms, main thread busy ${Math.round(busy)} ms`,
    );
    for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
      console.log(`  ${t.toFixed(0).padStart(6)} ms  ${key}`);
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((server) => server.close()));
}
