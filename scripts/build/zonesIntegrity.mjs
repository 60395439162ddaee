// A Vite plugin (vite.config.ts): checks data/zones.geojson when the site is built or served, and gives
// the page the digest of the file it checked as `virtual:zones-integrity` (see src/data/load.ts), and
// what MapLibre's style needs from that same file as `virtual:zone-style` (src/map/style/zoneStyleData.ts),
// so that the map is made before the page has parsed the zones.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const INTEGRITY_ID = 'virtual:zones-integrity';
const STYLE_ID = 'virtual:zone-style';

/** The app's TypeScript modules, run through Vite's module runner (Node cannot import .ts itself). */
const load = (path) => runnerImport(resolve(path), { configFile: false, logLevel: 'silent' });

/**
 * `file` once it has passed the page's own check (src/data/validate.lazy.ts: the schema and the rules
 * between zones): its digest and its style data. Throws, naming the zone and the field, when it does not.
 * @param {string} file
 * @returns {Promise<{ digest: string, style: import('../../src/map/style/zoneStyleData').ZoneStyleData }>}
 */
export async function checkedZones(file) {
  const [{ module: digest }, { module: validate }, { module: styleData }] = await Promise.all([
    load('src/data/digest.ts'),
    load('src/data/validate.lazy.ts'),
    load('src/map/style/zoneStyleData.ts'),
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
  return { digest: digest.textDigest(text), style: styleData.zoneStyleData(result.value) };
}

/**
 * The digest of `file` once it has passed the page's own check; see checkedZones.
 * @param {string} file
 * @returns {Promise<string>}
 */
export const checkedZonesDigest = async (file) => (await checkedZones(file)).digest;

/**
 * The page skips its own check of a zones file with the digest the build checked, so zod stays out of
 * the first load (issue #12); a file changed after the build has another digest and gets the full
 * check in the page, with its precise message. A zones file that fails the check fails the build. The
 * style data comes from the same check of the same text, so it cannot describe another file.
 * @param {string} [file]
 * @returns {import('vite').Plugin}
 */
export function zonesIntegrity(file = resolve('data/zones.geojson')) {
  /** One check per version of the file: both modules come from it. */
  let cached = { text: null, result: null };
  const checked = () => {
    const text = readFileSync(file, 'utf8');
    if (cached.text !== text) cached = { text, result: checkedZones(file) };
    return cached.result;
  };
  const ids = new Map([INTEGRITY_ID, STYLE_ID].map((id) => [id, `\0${id}`]));
  return {
    name: 'ftz-atlas:zones-integrity',
    resolveId: (id) => ids.get(id) ?? null,
    async load(id) {
      if (id !== ids.get(INTEGRITY_ID) && id !== ids.get(STYLE_ID)) return null;
      this.addWatchFile(file);
      const { digest, style } = await checked();
      return id === ids.get(INTEGRITY_ID)
        ? `export const CHECKED_ZONES_DIGEST = ${JSON.stringify(digest)};`
        : `export const ZONE_STYLE = ${JSON.stringify(style)};`;
    },
  };
}
