// `npm run bench:import` (issue 12): the import pipeline alone, in Node, on the same synthetic squares
// as the browser bench (scripts/bench/features.mjs), plus 40-vertex circles for a vertex-heavier case.
// Loads src/import/pipeline.ts through Vite's SSR loader (no build step). Prints the median of
// BENCH_RUNS runs (default 5) per size; the time per feature shows whether it stays linear to 50,000.
// CPU ms (user + system of this process, GC threads included) is steadier than wall time on a shared
// machine. Also times the worker's packing of the outcome (src/import/packed.ts) and the page's
// unpacking (wall ms). Timing lives here, never in the tests (a shared machine makes timed assertions flaky).
import { createServer } from 'vite';
import { syntheticPolygons } from './features.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COUNTS = (process.env.BENCH_COUNTS ?? '1000,10000,50000').split(',').map(Number);

/** `count` 40-vertex circles on the same grid, at 6 decimals (10 cm) as GIS exports usually write them. */
function syntheticCircles(count) {
  const squares = syntheticPolygons(count);
  for (const feature of squares.features) {
    const [[[x, y], [x2]]] = feature.geometry.coordinates;
    const r = (x2 - x) / 2;
    const ring = Array.from({ length: 40 }, (_, i) => {
      const a = (i / 40) * 2 * Math.PI;
      return [x + r + r * Math.cos(a), y + r + r * Math.sin(a)].map((v) => Math.round(v * 1e6) / 1e6);
    });
    feature.geometry.coordinates = [[...ring, ring[0]]];
  }
  return squares;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { runImport } = await server.ssrLoadModule('/src/import/pipeline.ts');
  const { packFeatures, packedFeatures } = await server.ssrLoadModule('/src/import/packed.ts');
  const rows = [];
  for (const [shape, make] of [
    ['squares (5 vertices)', syntheticPolygons],
    ['circles (41 vertices)', syntheticCircles],
  ]) {
    for (const count of COUNTS) {
      const bytes = new TextEncoder().encode(JSON.stringify(make(count)));
      const times = [];
      const cpu = [];
      let outcome;
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        const startCpu = process.cpuUsage();
        outcome = await runImport(bytes.slice().buffer, `synthetic-${count}.geojson`, 'wgs84', '2026-01-01T00:00:00Z');
        const used = process.cpuUsage(startCpu);
        times.push(performance.now() - start);
        cpu.push((used.user + used.system) / 1000);
      }
      if (!outcome.ok || outcome.features.length !== count) {
        throw new Error(
          `unexpected outcome for ${count}: ${outcome.ok ? outcome.features.length : outcome.message.en}`,
        );
      }
      // The worker's packing of the features (issue 23), and the page's side: the features made from
      // the pack (their geometries are decoded only when read, so not here).
      const packTimes = [];
      const unpackTimes = [];
      for (let run = 0; run < RUNS; run++) {
        const startPack = performance.now();
        const pack = packFeatures(outcome.features);
        packTimes.push(performance.now() - startPack);
        const startUnpack = performance.now();
        packedFeatures(pack);
        unpackTimes.push(performance.now() - startUnpack);
      }
      const ms = median(times);
      rows.push({
        shape,
        count,
        MB: (bytes.length / 1e6).toFixed(1),
        'median ms': Math.round(ms),
        'CPU ms': Math.round(median(cpu)),
        'µs per feature': Math.round((ms * 1000) / count),
        'pack ms (worker)': Math.round(median(packTimes)),
        'unpack ms (page)': Math.round(median(unpackTimes)),
      });
    }
  }
  console.table(rows);
} finally {
  await server.close();
}
