// Builds the baseline page (and the atlas-style page) and serves the builds on 127.0.0.1 with Vite's
// preview server.
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { zonesIntegrity } from '../build/zonesIntegrity.mjs';

export const BASELINE_OUT = 'dist-bench/baseline';
/** The atlas's style drawn by MapLibre alone (bench/atlasStyle/), built only when asked for. */
export const ATLAS_STYLE_OUT = 'dist-bench/atlas-style';

/** Builds the page in `root` into `outDir` (under dist-bench/, never dist/: it is not part of the app). */
async function buildBenchPage(root, outDir, plugins = []) {
  await build({
    configFile: false,
    root: resolve(root),
    base: './',
    logLevel: 'warn',
    assetsInclude: ['**/*.geojson'],
    plugins,
    build: { outDir: resolve(outDir), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  });
}

/** Builds bench/baseline/ into dist-bench/baseline/. */
export const buildBaseline = () => buildBenchPage('bench/baseline', BASELINE_OUT);

/**
 * Builds bench/atlasStyle/ into dist-bench/atlas-style/: the app's own style code, with the plugin that
 * gives it the build's zone data (`virtual:zone-style`), and no other part of the app.
 */
export const buildAtlasStyle = () => buildBenchPage('bench/atlasStyle', ATLAS_STYLE_OUT, [zonesIntegrity()]);

/**
 * Serves dist/ (the atlas, with its own vite.config.ts), the baseline and, given `compareDir`, another
 * build of the atlas, and with `atlasStyle` the atlas-style page; returns their URLs and `close()`.
 */
export async function serveBoth(compareDir = null, atlasStyle = false) {
  const options = { host: '127.0.0.1', port: 0, strictPort: false };
  const atlas = await preview({ preview: options, logLevel: 'silent' });
  const compare = compareDir
    ? await preview({ build: { outDir: resolve(compareDir) }, preview: options, logLevel: 'silent' })
    : null;
  const baseline = await preview({
    configFile: false,
    root: resolve('bench/baseline'),
    build: { outDir: resolve(BASELINE_OUT) },
    preview: options,
    logLevel: 'silent',
  });
  const styleOnly = atlasStyle
    ? await preview({
        configFile: false,
        root: resolve('bench/atlasStyle'),
        build: { outDir: resolve(ATLAS_STYLE_OUT) },
        preview: options,
        logLevel: 'silent',
      })
    : null;
  return {
    atlasUrl: atlas.resolvedUrls.local[0],
    baselineUrl: baseline.resolvedUrls.local[0],
    compareUrl: compare?.resolvedUrls.local[0] ?? null,
    atlasStyleUrl: styleOnly?.resolvedUrls.local[0] ?? null,
    close: () => Promise.all([atlas.close(), baseline.close(), compare?.close(), styleOnly?.close()]),
  };
}
