import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config';
import { cspWithScriptHashes, inlineWorkers, maplibreWorkerFromBlob } from './scripts/single/plugins';

/**
 * `npm run build:single`: the whole atlas as one HTML file, dist-single/index.html, that opens from
 * file:// with no server and no network (see README, "One offline file", and docs/decisions.md).
 * Mode `single` hides the online basemap (src/state/layerGroups.ts). vite-plugin-singlefile inlines
 * every asset as a data: URL (so the app's `fetch()` of its data files reads data: URLs), turns code
 * splitting off (lazy chunks are inlined too) and inlines the script and CSS into the HTML.
 */
export default mergeConfig(
  base,
  defineConfig({
    mode: 'single',
    build: { outDir: 'dist-single', emptyOutDir: true, manifest: false, reportCompressedSize: false },
    // Workers started with `new Worker(new URL(…, import.meta.url))` become inline classic workers.
    worker: { format: 'iife' },
    plugins: [maplibreWorkerFromBlob(), inlineWorkers(), viteSingleFile(), cspWithScriptHashes()],
  }),
);
