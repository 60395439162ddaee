// Vite plugins for `npm run build:single` (vite.single.config.ts): one HTML file that runs from
// file:// with no server, no request to any host, and a CSP with no 'unsafe-inline' script and no eval.
// Why each piece exists is in docs/decisions.md ("One offline file").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin, UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const require = createRequire(import.meta.url);

const MAPLIBRE_WORKER_URL = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const MAPLIBRE_WORKER_ID = '\0single:maplibre-worker-url';

/** `export{dC as default};` (and the source-map comment after it): the worker bundle's only export. */
const WORKER_EXPORT = /export\s*\{\s*[\w$]+\s+as\s+default\s*\}\s*;?\s*(\/\/# sourceMappingURL=\S*\s*)?$/;

/**
 * MapLibre's worker as a classic script: its ES module with the one trailing export removed. A page
 * opened from file:// has an opaque origin, and there Chromium refuses a *module* worker from a blob:
 * URL (MapLibre then falls back to a data: URL worker, which `worker-src blob:` forbids); a classic
 * worker from a blob: URL works. Throws if the bundle has any other module syntax, so a MapLibre update
 * that breaks this assumption fails the build instead of the map.
 */
export function classicMaplibreWorker(source: string): string {
  if (!WORKER_EXPORT.test(source)) throw new Error('maplibre-gl-worker.mjs no longer ends with `export{… as default}`');
  const code = source.replace(WORKER_EXPORT, '');
  if (/(^|[;}])\s*(export\s*[{*]|export\s+default|import\s*[{*"'`]|import\s+[\w$]+\s+from)/.test(code)) {
    throw new Error(
      'maplibre-gl-worker.mjs has module syntax besides its last export; it cannot run as a classic worker',
    );
  }
  if (code.includes('import.meta')) throw new Error('maplibre-gl-worker.mjs reads import.meta');
  return code;
}

/**
 * Replaces `import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'` (src/map/view.ts) with
 * a blob: URL made from the inlined worker code. The `#….cjs` fragment is how MapLibre 6 is told the
 * worker is a classic script (it checks the URL's ending); a fragment does not change what a blob: URL
 * loads.
 */
export function maplibreWorkerFromBlob(): Plugin {
  return {
    name: 'atlas:maplibre-worker-from-blob',
    enforce: 'pre',
    resolveId(id) {
      return id === MAPLIBRE_WORKER_URL ? MAPLIBRE_WORKER_ID : null;
    },
    load(id) {
      if (id !== MAPLIBRE_WORKER_ID) return null;
      const code = classicMaplibreWorker(
        readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8'),
      );
      return [
        `const blob = new Blob([${JSON.stringify(code)}], { type: 'text/javascript' });`,
        `export default URL.createObjectURL(blob) + '#maplibre-gl-worker.cjs';`,
      ].join('\n');
    },
  };
}

/** The single file's policy: nothing may load from anywhere but the file itself and what it makes. */
export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ')}`,
    // As on the site: MapLibre and the SVG map set style attributes.
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    // The data files are data: URLs; MapLibre's worker fetches the basemap the same way.
    'connect-src data: blob:',
    'worker-src blob:',
    // The Share dialog's live preview frames this same file (`?embed=1…`). From file:// Chromium
    // matches 'self' against file: URLs; nothing else is framed (default-src 'none' covers the rest).
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/;

/**
 * Writes the CSP of the finished single file: a sha256 hash for each inline script (computed over the
 * exact text the browser hashes), and no host at all. Also drops `crossorigin` (meaningless inline) and
 * the site's comment about the online basemap host, which this file never contacts.
 */
export function hashInlineScripts(html: string): string {
  if (!CSP_META.test(html)) throw new Error('index.html has no Content-Security-Policy meta to rewrite');
  const hashes: string[] = [];
  const withScripts = html.replace(INLINE_SCRIPT, (_match, attributes: string, body: string) => {
    if (/\bsrc\s*=/.test(attributes)) throw new Error(`A script was not inlined: <script${attributes}>`);
    // The HTML parser turns CR LF into LF before the browser hashes the text; keep them equal.
    const text = body.replace(/\r\n?/g, '\n');
    hashes.push(createHash('sha256').update(text, 'utf8').digest('base64'));
    return `<script${attributes.replace(/\s+crossorigin(="[^"]*")?/, '')}>${text}</script>`;
  });
  if (!hashes.length) throw new Error('The single file has no inline script');
  return withScripts
    .replace(/\s*<!--[^>]*tile\.openstreetmap\.org[^>]*-->/, '')
    .replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(hashes)}" />`);
}

/** Runs after vite-plugin-singlefile has inlined the scripts and styles (list it after that plugin). */
export function cspWithScriptHashes(): Plugin {
  return {
    name: 'atlas:csp-with-script-hashes',
    enforce: 'post',
    // A placeholder hash first, so vite-plugin-singlefile's CSP check (which runs before this plugin
    // writes the real hashes) does not warn about the inline script it creates.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/script-src 'self'/, "script-src 'sha256-pending'"),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = hashInlineScripts(file.source);
          }
        }
      },
    },
  };
}

const BASEMAP_TILES_ID = '\0single:basemap-tiles';

/**
 * Leaves the basemap's vector tiles (src/map/basemapTiles.lazy.ts: the `pmtiles` reader and the 1.5 MB
 * archive) out of the one file: this build always draws the GeoJSON basemap (BASEMAP_TILES in
 * src/map/style/basemapSource.ts), but Rollup still emits the chunk of a dynamic import it has removed,
 * and vite-plugin-singlefile would inline it, archive and all.
 */
export function noBasemapTiles(): Plugin {
  return {
    name: 'atlas:no-basemap-tiles',
    enforce: 'pre',
    resolveId(id) {
      return /\/basemapTiles\.lazy(\.ts)?$/.test(id) ? BASEMAP_TILES_ID : null;
    },
    load(id) {
      if (id !== BASEMAP_TILES_ID) return null;
      return `export function loadBasemapTile() { throw new Error('The one-file build has no basemap tiles'); }`;
    },
  };
}

/** Everything a Vite build needs to become one offline file (vite.single.config.ts). */
export function singleFileConfig(): Pick<UserConfig, 'worker' | 'plugins'> {
  return {
    // The app's workers are `?worker&inline` (src/import/createWorker.ts): classic workers from blob:
    // URLs here, for the reason given at classicMaplibreWorker.
    worker: { format: 'iife' },
    plugins: [maplibreWorkerFromBlob(), noBasemapTiles(), viteSingleFile(), cspWithScriptHashes()],
  };
}
