// Reads Vite's build manifest (dist/.vite/manifest.json) as the chunk graph of the first load. Pure:
// no file system, so the budget test can feed it a made-up manifest. Used by tests/unit/budget.test.ts
// and by the benchmark's byte split.

/** The module that owns MapLibre: its chunk, what only it imports, and MapLibre's worker are "maplibre-gl". */
export const MAP_MODULE = 'src/map/view.ts';
/**
 * The app's wiring, imported by the small entry (src/main.ts) at once, beside MapLibre: a dynamic import,
 * but part of the first load, so its chunk and its static imports count as first-load app code.
 */
export const APP_MODULE = 'src/app.ts';

/**
 * The chunk rule, read from the tree: a file named `*.lazy.ts` is only ever loaded with `import()`, so it
 * is a chunk of its own, out of the first load (tests/unit/architecture.test.ts forbids a static import of
 * one). `listLazyModules()` (lazyModules.mjs) lists them; this module stays pure and takes the list.
 */
export const isLazyModule = (key) => /\.lazy\.ts$/.test(key);

const isData = (file) => /\.(geo)?json$/.test(file);
const isScript = (file) => /\.m?js$/.test(file);

/** The manifest keys reachable from `key` by static imports only (the chunk itself included). */
export function staticClosure(manifest, key) {
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k) || !manifest[k]) return;
    seen.add(k);
    for (const next of manifest[k].imports ?? []) visit(next);
  };
  visit(key);
  return seen;
}

const filesOf = (manifest, keys) => {
  const files = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const asset of chunk.assets ?? []) files.add(asset);
  }
  return [...files];
};

/**
 * The files of the first load, by group. `appCode`: scripts of the entry chunk, of the app module
 * (APP_MODULE) and of their static imports.
 * `maplibre`: the map module's chunk, the chunks only it imports, and MapLibre's worker script (the map
 * module is imported at start, so it is part of the first load). `css`: every stylesheet of the two.
 * `data`: data files the two import (zones and basemap). `lazyInFirstLoad`: lazy modules (the `*.lazy.ts` files,
 * and every other dynamic entry but the map module) that the first load pulls in statically.
 * @param {Record<string, {file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[], assets?: string[]}>} manifest
 */
export function firstLoad(manifest, lazyModules = Object.keys(manifest).filter(isLazyModule)) {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('The manifest has no entry chunk');
  const entryKeys = staticClosure(manifest, entry);
  if (manifest[APP_MODULE]) for (const key of staticClosure(manifest, APP_MODULE)) entryKeys.add(key);
  const mapKeys = manifest[MAP_MODULE] ? staticClosure(manifest, MAP_MODULE) : new Set();
  const mapOnly = [...mapKeys].filter((key) => !entryKeys.has(key));
  const entryFiles = filesOf(manifest, entryKeys);
  const mapFiles = filesOf(manifest, mapOnly);
  const all = [...new Set([...entryFiles, ...mapFiles])];
  const lazyInFirstLoad = [];
  const dynamicEntries = Object.keys(manifest).filter(
    (k) => manifest[k].isDynamicEntry && k !== MAP_MODULE && k !== APP_MODULE,
  );
  for (const module of new Set([...lazyModules, ...dynamicEntries])) {
    // A lazy module with no chunk of its own was merged into a chunk something imports statically.
    if (!manifest[module]) lazyInFirstLoad.push(`${module} (no chunk of its own)`);
    else if (entryKeys.has(module) || mapKeys.has(module)) lazyInFirstLoad.push(module);
  }
  return {
    entry,
    appCode: entryFiles.filter(isScript),
    maplibre: mapFiles.filter(isScript),
    css: all.filter((file) => file.endsWith('.css')),
    data: all.filter(isData),
    lazyInFirstLoad,
  };
}

/** Which group a built file belongs to on first load: 'maplibre', 'app', 'css', 'data' or 'other'. */
export function groupOf(groups, file) {
  if (groups.maplibre.includes(file)) return 'maplibre';
  if (groups.appCode.includes(file) || isScript(file)) return 'app';
  if (file.endsWith('.css')) return 'css';
  // The basemap's vector tiles (range requests into the archive) are data too.
  if (isData(file) || file.endsWith('.pmtiles')) return 'data';
  return 'other';
}
