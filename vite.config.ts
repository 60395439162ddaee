import { defineConfig } from 'vite';
import { firstLoadPreloads } from './scripts/build/firstLoadPreloads.mjs';
import { nationalFtzCheck } from './scripts/build/nationalFtzCheck.mjs';
import { zonesIntegrity } from './scripts/build/zonesIntegrity.mjs';
import { BASEMAP_FORMAT } from './src/config';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any sub-path or inside an iframe.
  base: './',
  build: {
    target: 'es2022',
    // MapLibre alone is about 1 MB minified; this is the size we expect, not a surprise.
    chunkSizeWarningLimit: 1200,
    // dist/.vite/manifest.json: the chunk graph the budget test (tests/unit/budget.test.ts) and the benchmark read.
    manifest: true,
  },
  assetsInclude: ['**/*.geojson'],
  // Whether the map reads the basemap as tiles, as a constant the bundler folds where the tiles' reader
  // is imported (src/map/basemapProtocol.ts): with the GeoJSON, dist/ has neither the reader's chunk nor
  // the 1.5 MB archive it imports.
  define: { 'import.meta.env.ATLAS_BASEMAP_TILES': JSON.stringify(BASEMAP_FORMAT === 'tiles') },
  plugins: [
    zonesIntegrity(),
    nationalFtzCheck(),
    firstLoadPreloads({
      appModule: 'src/app.ts',
      mapModule: 'src/map/view.ts',
      data: /(^|\/)(zones|overview)-[\w-]+\.geojson$/,
    }),
  ],
});
