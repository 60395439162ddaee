import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLazyModules } from '../../scripts/bench/lazyModules.mjs';
import { firstLoad, type Manifest } from '../../scripts/bench/manifest.mjs';
import { BASEMAP_FORMAT } from '../../src/config';

/**
 * Byte budgets of the first load, from the production build's manifest (deterministic: no clocks).
 * The unit tests run before `npm test` builds dist/, so this file builds the site itself into a
 * temporary folder (about 5 s).
 */

const KB = 1024;
// Issue #12's target: first-load app code (the entry, the app module and their static imports) at most
// 40 KB gzip. About 25 KB today: the zones' schema and zod load only for a zones file the build did not
// check (src/data/load.ts), and the planner's, presenter's and charts' code is in lazy chunks.
const APP_CODE_BUDGET = 40 * KB;
// Issue #12: first-load data (zones, basemap and the SVG map's overview) at most 150 KB gzip; about
// 141 KB today.
const DATA_BUDGET = 150 * KB;

let outDir: string;
let manifest: Manifest;
const gzipSize = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
const total = (files: string[]) => files.reduce((sum, file) => sum + gzipSize(file), 0);

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'ftz-atlas-budget-'));
  // A child process, so the build sees NODE_ENV=production as `npm run build` does, not Vitest's "test".
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}, 60_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('first-load budget of the production build', () => {
  it('keeps the app code of the first load (entry chunk and its static imports) within budget', () => {
    const { appCode } = firstLoad(manifest);
    expect(appCode.length).toBeGreaterThan(0);
    expect(total(appCode), `gzip bytes of ${appCode.join(', ')}`).toBeLessThanOrEqual(APP_CODE_BUDGET);
  });

  it('keeps the data of the first load (zones and basemap) within budget', () => {
    const { data } = firstLoad(manifest);
    expect(data.some((file) => file.includes('zones'))).toBe(true);
    expect(total(data), `gzip bytes of ${data.join(', ')}`).toBeLessThanOrEqual(DATA_BUDGET);
  });

  it('keeps lazy modules (every src/**/*.lazy.ts) out of the first load, each a chunk of its own', () => {
    // The basemap tiles' reader is built only when the map reads tiles (the next test).
    const lazyModules = listLazyModules().filter(
      (module) => BASEMAP_FORMAT === 'tiles' || module !== 'src/map/basemapTiles.lazy.ts',
    );
    expect(lazyModules.length).toBeGreaterThan(10);
    for (const module of lazyModules) expect(manifest[module]?.isDynamicEntry, module).toBe(true);
    expect(firstLoad(manifest, lazyModules).lazyInFirstLoad).toEqual([]);
  });
});

describe('the basemap in the production build', () => {
  it('ships the vector tiles (the 1.5 MB archive and its reader) only when BASEMAP_FORMAT says tiles', () => {
    const tiles = readdirSync(join(outDir, 'assets')).filter((file) => /\.pmtiles$|^basemapTiles\.lazy-/.test(file));
    expect(tiles.length > 0).toBe(BASEMAP_FORMAT === 'tiles');
  });
});

describe('reading the manifest', () => {
  // The made-up manifest below has one lazy module.
  const ONLY_CHARTS = ['src/features/charts/chartsPanel.lazy.ts'];
  const chunk = (file: string, more: Partial<Manifest[string]> = {}) => ({ file, ...more });
  const base: Manifest = {
    'index.html': chunk('index.js', {
      isEntry: true,
      imports: ['_shared.js'],
      dynamicImports: ['src/map/view.ts', 'src/features/charts/chartsPanel.lazy.ts'],
      css: ['index.css'],
      assets: ['zones.geojson'],
    }),
    '_shared.js': chunk('shared.js'),
    'src/map/view.ts': chunk('view.js', {
      isDynamicEntry: true,
      imports: ['_shared.js', 'index.html'],
      css: ['view.css'],
      assets: ['worker.mjs'],
    }),
    'src/features/charts/chartsPanel.lazy.ts': chunk('charts.js', {
      isDynamicEntry: true,
      imports: ['index.html'],
      assets: ['stats.json'],
    }),
  };

  it('splits the first load into app code, MapLibre, CSS and data, without the lazy chunks', () => {
    expect(firstLoad(base, ONLY_CHARTS)).toEqual({
      entry: 'index.html',
      appCode: ['index.js', 'shared.js'],
      maplibre: ['view.js', 'worker.mjs'],
      css: ['index.css', 'view.css'],
      data: ['zones.geojson'],
      lazyInFirstLoad: [],
    });
  });

  it('names a lazy module that the entry imports statically', () => {
    const eager = {
      ...base,
      'index.html': { ...base['index.html']!, imports: ['_shared.js', 'src/features/charts/chartsPanel.lazy.ts'] },
    };
    expect(firstLoad(eager, ONLY_CHARTS).lazyInFirstLoad).toEqual(['src/features/charts/chartsPanel.lazy.ts']);
    expect(firstLoad(eager, ONLY_CHARTS).appCode).toContain('charts.js');
  });

  it('counts the app module the entry imports at once, and its static imports, as first-load app code', () => {
    const withApp: Manifest = {
      ...base,
      'index.html': { ...base['index.html']!, dynamicImports: ['src/map/view.ts', 'src/app.ts'] },
      'src/app.ts': chunk('app.js', {
        isDynamicEntry: true,
        imports: ['_i18n.js'],
        dynamicImports: ['src/features/charts/chartsPanel.lazy.ts'],
      }),
      '_i18n.js': chunk('i18n.js'),
    };
    const load = firstLoad(withApp, ONLY_CHARTS);
    expect(load.appCode).toEqual(['index.js', 'shared.js', 'app.js', 'i18n.js']);
    expect(load.lazyInFirstLoad).toEqual([]);
  });

  it('names a lazy module merged into another chunk', () => {
    const merged = { ...base };
    delete merged['src/features/charts/chartsPanel.lazy.ts'];
    expect(firstLoad(merged, ONLY_CHARTS).lazyInFirstLoad).toEqual([
      'src/features/charts/chartsPanel.lazy.ts (no chunk of its own)',
    ]);
  });
});
