// A Vite plugin (vite.config.ts): lets the page's HTML start the first load's downloads itself.

/**
 * The small entry (src/main.ts) starts the app, MapLibre and the zones as soon as it runs, but it runs
 * only once it and the page's style sheet have arrived. These links start the files every visitor needs
 * while the HTML is still being read: the app module (`appModule`) and its static imports, and the
 * data files whose names match `data` (fetched by the entry with `fetch()`, hence `as="fetch"` and
 * `crossorigin`, so the browser hands the preloaded response to that request). MapLibre is left to the
 * entry, which skips it on a browser without WebGL2. Build only; the single-file build inlines all.
 * @param {{ appModule: string, data: RegExp }} options
 * @returns {import('vite').Plugin}
 */
export function firstLoadPreloads({ appModule, data }) {
  return {
    name: 'ftz-atlas:first-load-preloads',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'single',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`first-load preloads: no chunk for ${appModule}`);
        const entry = chunks.find((chunk) => chunk.isEntry);
        const scripts = new Set([app.fileName]);
        const visit = (fileName) => {
          for (const next of bundle[fileName]?.imports ?? []) {
            if (scripts.has(next) || next === entry?.fileName) continue;
            scripts.add(next);
            visit(next);
          }
        };
        visit(app.fileName);
        const files = Object.values(bundle)
          .filter((output) => output.type === 'asset' && data.test(output.fileName))
          .map((output) => output.fileName);
        if (files.length === 0) throw new Error(`first-load preloads: no asset matches ${data}`);
        const link = (attrs) => ({ tag: 'link', attrs, injectTo: 'head' });
        return [
          ...[...scripts].map((file) => link({ rel: 'modulepreload', crossorigin: '', href: `./${file}` })),
          ...files.map((file) => link({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${file}` })),
        ];
      },
    },
  };
}
