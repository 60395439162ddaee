import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config';
import { singleFileConfig } from './scripts/single/plugins';

/**
 * `npm run build:single`: the whole atlas as one HTML file, dist-single/index.html, that opens from
 * file:// with no server and no network (see README, "One offline file", and docs/decisions.md).
 * Mode `single` turns the online basemap off (src/state/layerGroups.ts). vite-plugin-singlefile inlines
 * every asset as a data: URL (so the app's `fetch()` of its data files reads data: URLs), turns code
 * splitting off (lazy chunks are inlined too) and inlines the script and CSS into the HTML; the plugins
 * in scripts/single/plugins.ts make the workers blob: URLs and write the CSP's script hashes.
 */
export default mergeConfig(
  base,
  defineConfig({
    mode: 'single',
    build: { outDir: 'dist-single', emptyOutDir: true, manifest: false, reportCompressedSize: false },
    ...singleFileConfig(),
  }),
);
