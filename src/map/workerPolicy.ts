/**
 * The URL to start MapLibre's worker from so that it runs under the page's Content Security Policy: a
 * `blob:` module whose only line imports the worker's real script. A worker started straight from a
 * same-origin URL takes its policy from its own response headers, and a static host sends none (the
 * site's policy is a `<meta>` in index.html), so it could `eval`; a worker from `blob:` inherits the
 * page's policy, and its import of the real script is then checked against `script-src 'self'`. The
 * script itself stays a file of its own, cached as before. A URL that is already `blob:` (the one-file
 * build makes MapLibre's worker one: scripts/single/plugins.ts) already inherits and is kept. The blob
 * is never revoked: MapLibre starts workers from it whenever it needs one (a new map, an export).
 *
 * @example workerUrlUnderPagePolicy('./assets/maplibre-gl-worker.mjs') // a blob: URL of the page's own origin
 */
export function workerUrlUnderPagePolicy(url: string, base: string = document.baseURI): string {
  if (url.startsWith('blob:')) return url;
  const script = new URL(url, base).href;
  return URL.createObjectURL(new Blob([`import ${JSON.stringify(script)};\n`], { type: 'text/javascript' }));
}
