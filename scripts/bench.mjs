// `npm run bench` (issue #12): builds the baseline page, serves dist/ and the baseline on 127.0.0.1, and
// drives headless Chromium with the e2e flags. Prints one table (and, with --markdown, the same as
// markdown). Timing lives here, never in the tests: a shared machine makes timed assertions flaky.
// BENCH_RUNS sets the number of cold loads of each page (default 11), BENCH_FEATURE_RUNS the number of
// exports and of imports of each size, each in a fresh page (default 3). BENCH_COLD_ONLY=1 takes the
// cold loads alone; BENCH_COMPARE=<dir> adds another build of the atlas (say, `main`'s dist/ copied
// aside) to the alternation, so that a change is measured against its "before" in the same minutes.
// BENCH_STYLE_ONLY=1 adds the atlas's own style drawn by MapLibre alone (bench/atlasStyle/: no app,
// SVG map, panels or stores) to the alternation, at the atlas's camera and size: atlas / that page is
// what the app costs, that page / baseline what the style's content (labels, layers) costs.
// BENCH_STYLE_ONLY=full,no-labels also takes that style without its symbol layers (what labels cost).
// See docs/performance.md.
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { firstLoad, groupOf } from './bench/manifest.mjs';
import { measureExport, measureImport } from './bench/features.mjs';
import { atlasView, measureHover, measureSelect } from './bench/interaction.mjs';
import { coldLoad, heapUsed, openPage } from './bench/load.mjs';
import { kb, markdownTable, mb, median, ms, NOT_BUILT, quantile, spread, textTable, verdict } from './bench/report.mjs';
import { summariseExports, summariseImports } from './bench/repeated.mjs';
import { ATLAS_ZONE_LAYERS, BASELINE_ZONE_LAYERS, IMPORT_INPUT } from './bench/selectors.mjs';
import { buildAtlasStyle, buildBaseline, serveBoth } from './bench/serve.mjs';
import { stylePageRows, styleVariants } from './bench/stylePages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const COLD_ONLY = process.env.BENCH_COLD_ONLY === '1';
const COMPARE_DIR = process.env.BENCH_COMPARE || null;
const STYLE_VARIANTS = styleVariants(process.env.BENCH_STYLE_ONLY);
const FEATURE_RUNS = Math.max(1, Number(process.env.BENCH_FEATURE_RUNS ?? 3));
const IMPORT_COUNTS = [1_000, 10_000, 50_000];
const atlasOptions = { mapGlobal: 'atlas', zoneLayers: ATLAS_ZONE_LAYERS };
const baselineOptions = { mapGlobal: 'baseline', zoneLayers: BASELINE_ZONE_LAYERS };
const atlasStyleOptions = { mapGlobal: 'atlasStyle', zoneLayers: ATLAS_ZONE_LAYERS };
const log = (message) => process.stderr.write(`${message}\n`);

/** The baseline's files by type: its one script is MapLibre plus a few lines. */
const baselineGroup = (path) =>
  /\.m?js$/.test(path) ? 'maplibre' : path.endsWith('.css') ? 'css' : /\.(geo)?json$/.test(path) ? 'data' : 'other';

/** Raw and gzip bytes of the first load's responses, by group (built files named by the manifest). */
function bytesByGroup(responses, groups) {
  const sums = { maplibre: [0, 0], app: [0, 0], css: [0, 0], data: [0, 0], other: [0, 0] };
  for (const response of responses) {
    const path = new URL(response.url).pathname.replace(/^\//, '');
    const group = groups ? groupOf(groups, path) : baselineGroup(path);
    sums[group][0] += response.raw;
    sums[group][1] += response.gzip;
  }
  return sums;
}
const bytes = ([raw, gzip]) => `${kb(raw)} / ${kb(gzip)}`;

log(`Building the baseline page…`);
await buildBaseline();
if (STYLE_VARIANTS.length) await buildAtlasStyle();
const servers = await serveBoth(COMPARE_DIR, STYLE_VARIANTS.length > 0);
const groups = firstLoad(JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')));
const foreign = new Set();
const pageErrors = new Set();
const note = (result) => {
  result.foreignRequests.forEach((url) => foreign.add(url));
  result.errors.forEach((error) => pageErrors.add(error));
};

// 1. One untimed session of each page: first-load bytes, heap, and the atlas's interactions.
log('Atlas: bytes, heap, hover, select, export…');
const atlas = await openPage(servers.atlasUrl, { ...atlasOptions, recordBytes: true });
note(atlas);
await atlas.page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 60_000 });
const view = await atlasView(atlas.page);
const browserVersion = await atlas.page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '?');
const atlasHeap = await heapUsed(atlas);
const hover = COLD_ONLY ? { latencies: [], work: [], zones: 0, missed: 0 } : await measureHover(atlas.page, 200);
const select = COLD_ONLY ? [] : await measureSelect(atlas.page, view, 7);
const exports = COLD_ONLY ? [] : [await measureExport(atlas.page)];
// The import panel mounts after the first frame (a lazy panel): wait for its input before deciding.
const importBuilt =
  !COLD_ONLY &&
  (await atlas.page.waitForSelector(IMPORT_INPUT, { state: 'attached', timeout: 30_000 }).then(
    () => true,
    () => false,
  ));
await atlas.close();

const viewQuery = `center=${view.center.join(',')}&zoom=${view.zoom}&size=${view.width}x${view.height}`;
const baselineUrl = `${servers.baselineUrl}?${viewQuery}`;
const styleUrl = (variant) => `${servers.atlasStyleUrl}?${viewQuery}&variant=${variant}`;
log('Baseline: bytes, heap…');
const baseline = await openPage(baselineUrl, { ...baselineOptions, recordBytes: true });
note(baseline);
const baselineHeap = await heapUsed(baseline);
await baseline.close();

// 2. Cold loads, alternating the pages load by load, each in a fresh browser (and the compared build
// between them, when there is one, and the atlas-style pages).
const coldLoads = {
  atlas: [],
  baseline: [],
  compare: [],
  style: Object.fromEntries(STYLE_VARIANTS.map((v) => [v, []])),
};
for (let run = 0; run < RUNS; run++) {
  const a = await coldLoad(servers.atlasUrl, atlasOptions);
  const c = servers.compareUrl ? await coldLoad(servers.compareUrl, atlasOptions) : null;
  const styled = [];
  for (const variant of STYLE_VARIANTS) styled.push([variant, await coldLoad(styleUrl(variant), atlasStyleOptions)]);
  const b = await coldLoad(baselineUrl, baselineOptions);
  [a, b, c, ...styled.map(([, load]) => load)].filter(Boolean).forEach(note);
  coldLoads.atlas.push(a);
  coldLoads.baseline.push(b);
  if (c) coldLoads.compare.push(c);
  styled.forEach(([variant, load]) => coldLoads.style[variant].push(load));
  const both = (load) => `${ms(load.firstZones)} / ${ms(load.wholeMap)}`;
  const styles = styled.map(([variant, load]) => `, style ${variant} ${both(load)}`).join('');
  log(
    `cold load ${run + 1}/${RUNS} (zones / whole map): atlas ${both(a)}${c ? `, compared ${both(c)}` : ''}${styles}, baseline ${both(b)}`,
  );
}
const pick = (loads, key) => loads.map((load) => load[key]).filter((value) => value !== null);
const cold = {
  atlas: pick(coldLoads.atlas, 'firstZones'),
  baseline: pick(coldLoads.baseline, 'firstZones'),
  svg: pick(coldLoads.atlas, 'firstSvg'),
};

// 3. More exports, and the imports, each in a fresh page: one run of a longest-task figure is mostly
// the machine's scheduling, so each is taken FEATURE_RUNS times.
/** A fresh atlas page, ready, with its lazily mounted tools attached; `measure(page, session)` runs in it. */
async function inFreshPage(measure) {
  const session = await openPage(servers.atlasUrl, atlasOptions);
  note(session);
  await session.page.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 60_000 });
  // The import panel may mount after the first frame, like the charts.
  if (importBuilt) await session.page.waitForSelector(IMPORT_INPUT, { state: 'attached', timeout: 30_000 });
  const result = await measure(session.page, session);
  await session.close();
  return result;
}
for (let run = 1; run < FEATURE_RUNS && !COLD_ONLY && !exports[0].missing; run++) {
  log(`Export ${run + 1}/${FEATURE_RUNS}…`);
  exports.push(await inFreshPage((page) => measureExport(page)));
}
const imports = new Map();
let importHeap = null;
for (const count of IMPORT_COUNTS) {
  if (!importBuilt) break;
  imports.set(count, []);
  for (let run = 0; run < FEATURE_RUNS; run++) {
    log(`Import of ${count} polygons ${run + 1}/${FEATURE_RUNS}…`);
    const result = await inFreshPage(async (page, session) => {
      const measured = await measureImport(page, count);
      if (count === 10_000 && importHeap === null) importHeap = await heapUsed(session);
      return measured;
    });
    imports.get(count).push(result);
  }
}
await servers.close();

/**
 * The whole map drawn (and its ratio), the ratio of each alternating pair (its spread says how much one
 * run's ratio means), the WebGL programs, and the compared build's rows.
 */
function coldLoadRows(loads) {
  const whole = { atlas: pick(loads.atlas, 'wholeMap'), baseline: pick(loads.baseline, 'wholeMap') };
  const wholeRatio = median(whole.atlas) / median(whole.baseline);
  const paired = (key, build) =>
    loads[build]
      .map((load, i) => (load[key] && loads.baseline[i]?.[key] ? load[key] / loads.baseline[i][key] : null))
      .filter((value) => value !== null);
  const pairs = (key, build = 'atlas') => {
    const values = paired(key, build);
    return values.length
      ? `${median(values).toFixed(2)}× (p25–p75 ${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)})`
      : '–';
  };
  const programs = (build) => {
    const counts = pick(loads[build], 'programs');
    return counts.length ? `${Math.min(...counts)}–${Math.max(...counts)}` : '–';
  };
  const rows = [
    ['  ratio of each alternating pair, median (p25–p75)', pairs('firstZones'), '', '', ''],
    [
      'Whole map drawn: navigation → first idle with every source, zones, basemap and labels, median (min–max)',
      spread(whole.atlas),
      spread(whole.baseline),
      '',
      '',
    ],
    [
      'Whole map ratio atlas / baseline (medians)',
      `${wholeRatio.toFixed(2)}×`,
      '1.00×',
      '≤ 1.0×',
      verdict(wholeRatio <= 1),
    ],
    ['  ratio of each alternating pair, median (p25–p75)', pairs('wholeMap'), '', '', ''],
    [
      'WebGL programs linked by the whole map (min–max over the loads)',
      programs('atlas'),
      programs('baseline'),
      '',
      '',
    ],
  ];
  if (!loads.compare.length) return rows;
  const compared = { zones: pick(loads.compare, 'firstZones'), whole: pick(loads.compare, 'wholeMap') };
  return rows.concat([
    [`Compared build (${COMPARE_DIR}): first rendered zones`, spread(compared.zones), '', '', ''],
    [
      '  its ratio to the baseline (medians; pairs median, p25–p75)',
      `${(median(compared.zones) / median(cold.baseline)).toFixed(2)}×; ${pairs('firstZones', 'compare')}`,
      '',
      '',
      '',
    ],
    ['  its whole map drawn', spread(compared.whole), '', '', ''],
    [
      '  its ratio to the baseline (medians; pairs median, p25–p75)',
      `${(median(compared.whole) / median(whole.baseline)).toFixed(2)}×; ${pairs('wholeMap', 'compare')}`,
      '',
      '',
      '',
    ],
    ['  its WebGL programs', programs('compare'), '', '', ''],
  ]);
}

// The table.
const atlasMedian = median(cold.atlas);
const baselineMedian = median(cold.baseline);
const ratio = atlasMedian / baselineMedian;
const sizes = bytesByGroup(atlas.firstLoadResponses, groups);
const baselineSizes = bytesByGroup(baseline.firstLoadResponses, null);
const total = (s) => Object.values(s).reduce(([r, g], [r2, g2]) => [r + r2, g + g2], [0, 0]);
const p95 = quantile(hover.latencies, 0.95);
const workP95 = quantile(hover.work, 0.95);
const rows = [
  ['Cold load: navigation → first rendered zones, median (min–max)', spread(cold.atlas), spread(cold.baseline), '', ''],
  ['Cold load ratio atlas / baseline (medians)', `${ratio.toFixed(2)}×`, '1.00×', '≤ 1.0×', verdict(ratio <= 1)],
  ...coldLoadRows(coldLoads),
  ...stylePageRows(coldLoads),
  [
    'First visible zones (SVG map), median (min–max)',
    cold.svg.length ? spread(cold.svg) : NOT_BUILT,
    '',
    `≤ 0.5× baseline = ${ms(baselineMedian * 0.5)}`,
    cold.svg.length ? verdict(median(cold.svg) <= baselineMedian * 0.5) : '',
  ],
  [
    'First-load bytes, raw / gzip: maplibre-gl (chunk + worker)',
    bytes(sizes.maplibre),
    `${bytes(baselineSizes.maplibre)} (all JS)`,
    '',
    '',
  ],
  ['  app code', bytes(sizes.app), '', '≤ 40 KB gzip', verdict(sizes.app[1] <= 40 * 1024)],
  ['  CSS', bytes(sizes.css), bytes(baselineSizes.css), '', ''],
  ['  data', bytes(sizes.data), bytes(baselineSizes.data), '≤ 150 KB gzip', verdict(sizes.data[1] <= 150 * 1024)],
  ['  HTML and other', bytes(sizes.other), bytes(baselineSizes.other), '', ''],
  ['  total', bytes(total(sizes)), bytes(total(baselineSizes)), '', ''],
];
if (!COLD_ONLY)
  rows.push(
    [
      `Hover → frame with hover state, p50 / p95 (${hover.latencies.length} moves over ${hover.zones} zones${hover.missed ? `, ${hover.missed} missed` : ''})`,
      hover.latencies.length ? `${ms(median(hover.latencies))} / ${ms(p95)}` : 'no zones to hover',
      '',
      'p95 ≤ 16 ms',
      hover.latencies.length ? verdict(p95 <= 16) : '',
    ],
    [
      '  of which the page’s work: move handed to the page → frame, p50 / p95',
      hover.work.length ? `${ms(median(hover.work))} / ${ms(workP95)}` : '',
      '',
      '',
      '',
    ],
    ['Select (click) → details panel shown, median (min–max)', spread(select), '', '', ''],
  );
if (!COLD_ONLY) rows.push(...summariseExports(exports), ...summariseImports(imports, IMPORT_COUNTS));
rows.push(['JS heap (main thread, after GC): after load', mb(atlasHeap), mb(baselineHeap), '', '']);
rows.push(['JS heap after the 10k import', importHeap === null ? NOT_BUILT : mb(importHeap), '', '', '']);
rows.push(['Requests off 127.0.0.1 (all sessions)', String(foreign.size), '', '0', verdict(foreign.size === 0)]);

const machine =
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${mb(totalmem())} RAM, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (at the end), ` +
  `Node ${process.version}, Chromium ${browserVersion} (SwiftShader), ${view.width}×${view.height} map in a 1280×800 window, ` +
  `${RUNS} alternating cold loads of each page${COMPARE_DIR ? ` (and of the build in ${COMPARE_DIR})` : ''}`;
console.log(`\nBeijing FTZ Atlas benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(`Machine: ${machine}\n`);
console.log(textTable(rows));
if (foreign.size) console.log(`\nRequests off 127.0.0.1:\n  ${[...foreign].join('\n  ')}`);
if (pageErrors.size) console.log(`\nPage errors:\n  ${[...pageErrors].join('\n  ')}`);
if (process.argv.includes('--markdown')) console.log(`\nMachine: ${machine}\n\n${markdownTable(rows)}`);
