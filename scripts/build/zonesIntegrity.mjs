// A Vite plugin (vite.config.ts): checks data/zones.geojson when the site is built or served, and gives
// the page the digest of the file it checked as `virtual:zones-integrity` (see src/data/load.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const MODULE_ID = 'virtual:zones-integrity';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * The digest of `file` once it has passed the page's own check (src/data/validate.lazy.ts: the schema and
 * the rules between zones). Throws, naming the zone and the field, when it does not.
 * @param {string} file
 * @returns {Promise<string>}
 */
export async function checkedZonesDigest(file) {
  // The app's TypeScript modules, run through Vite's module runner (Node cannot import .ts itself).
  const load = (path) => runnerImport(resolve(path), { configFile: false, logLevel: 'silent' });
  const [{ module: digest }, { module: validate }] = await Promise.all([
    load('src/data/digest.ts'),
    load('src/data/validate.lazy.ts'),
  ]);
  const text = readFileSync(file, 'utf8');
  let input;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${String(error)}`, { cause: error });
  }
  const result = validate.validateZones(input);
  if (!result.ok) throw new Error(`${file} does not pass the zones check: ${result.error.message}`);
  return digest.textDigest(text);
}

/**
 * The page skips its own check of a zones file with the digest the build checked, so zod stays out of
 * the first load (issue #12); a file changed after the build has another digest and gets the full
 * check in the page, with its precise message. A zones file that fails the check fails the build.
 * @param {string} [file]
 * @returns {import('vite').Plugin}
 */
export function zonesIntegrity(file = resolve('data/zones.geojson')) {
  return {
    name: 'ftz-atlas:zones-integrity',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(file);
      return `export const CHECKED_ZONES_DIGEST = ${JSON.stringify(await checkedZonesDigest(file))};`;
    },
  };
}
