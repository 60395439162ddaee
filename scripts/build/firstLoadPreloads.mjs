// A Vite plugin (vite.config.ts): lets the page's HTML start the first load's downloads itself.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The small entry (src/main.ts) starts the app, MapLibre and the zones as soon as it runs, but it runs
 * only once it and the page's style sheet have arrived. These links start the files every visitor needs
 * while the HTML is still being read: the app module (`appModule`) and its static imports, and the
 * data files whose names match `data` (fetched by the entry with `fetch()`, hence `as="fetch"` and
 * `crossorigin`, so the browser hands the preloaded response to that request).
 *
 * MapLibre (`mapModule`, about 300 KB gzip) is preloaded only where it can draw: a small classic script
 * of the build's own (`assets/map-preload-<hash>.js`, loaded `async`, so it waits for no style sheet
 * and runs as soon as it arrives, long before the module entry) asks for a WebGL2 context and, given
 * one, adds the preload links of the map's chunk and its imports, and records the answer on the root
 * element (`data-webgl2`) so that the entry need not ask again. Without WebGL2 MapLibre is never fetched.
 * A file, not an inline script: the site's policy allows scripts from 'self' only. Build only; the
 * single-file build inlines all.
 * @param {{ appModule: string, mapModule: string, data: RegExp }} options
 * @returns {import('vite').Plugin}
 */
export function firstLoadPreloads({ appModule, mapModule, data }) {
  /** The map preload script, made while the HTML is written and saved once the bundle is. */
  let mapPreload = null;
  let outDir = 'dist';
  return {
    name: 'ftz-atlas:first-load-preloads',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        const scripts = chunkWithImports(bundle, chunkOf(chunks, appModule), entry);
        const mapScripts = chunkWithImports(bundle, chunkOf(chunks, mapModule), entry).filter(
          (f) => !scripts.includes(f),
        );
        const files = Object.values(bundle)
          .filter((output) => output.type === 'asset' && data.test(output.fileName))
          .map((output) => output.fileName);
        if (files.length === 0) throw new Error(`first-load preloads: no asset matches ${data}`);
        mapPreload = mapPreloadScript(mapScripts);
        const link = (attrs) => ({ tag: 'link', attrs, injectTo: 'head' });
        return [
          { tag: 'script', attrs: { async: true, src: `./${mapPreload.fileName}` }, injectTo: 'head' },
          ...scripts.map((file) => link({ rel: 'modulepreload', crossorigin: '', href: `./${file}` })),
          ...files.map((file) => link({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${file}` })),
        ];
      },
    },
    closeBundle() {
      if (!mapPreload) return;
      const path = join(outDir, mapPreload.fileName);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, mapPreload.source);
    },
  };
}

/** The chunk whose entry module is `module` (a path ending). */
function chunkOf(chunks, module) {
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
  if (!chunk) throw new Error(`first-load preloads: no chunk for ${module}`);
  return chunk;
}

/** A chunk's file and those of everything it imports statically, but the entry's. */
function chunkWithImports(bundle, chunk, entry) {
  const scripts = new Set([chunk.fileName]);
  const visit = (fileName) => {
    for (const next of bundle[fileName]?.imports ?? []) {
      if (scripts.has(next) || next === entry?.fileName) continue;
      scripts.add(next);
      visit(next);
    }
  };
  visit(chunk.fileName);
  return [...scripts];
}

/**
 * The classic script that preloads the map's chunks where WebGL2 works (see firstLoadPreloads). Its
 * check is src/map/framing.ts's `supportsWebGL2`, which reads the answer it leaves.
 */
function mapPreloadScript(files) {
  const source = `(function () {
  var root = document.documentElement;
  var context = null;
  try {
    context = document.createElement('canvas').getContext('webgl2');
    var lose = context && context.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
  } catch (error) {
    context = null;
  }
  root.dataset.webgl2 = context ? 'yes' : 'no';
  if (!context) return;
  ${JSON.stringify(files.map((file) => `./${file}`))}.forEach(function (href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  });
})();
`;
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { fileName: `assets/map-preload-${hash}.js`, source };
}
