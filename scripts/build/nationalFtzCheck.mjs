// A Vite plugin (vite.config.ts): checks data/national-ftz.json when the site is built or served, with
// the page's own check (src/data/validateStats.ts: the schema, and no figure without a source). A file
// that fails it fails the build, naming the zone and the field.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

/**
 * Resolves to the number of FTZs in `file` once it passes the check; rejects, naming the FTZ and the
 * field, when it does not.
 * @param {string} file
 * @returns {Promise<number>}
 */
export async function checkNationalFtz(file) {
  const { module: validate } = await runnerImport(resolve('src/data/validateStats.ts'), {
    configFile: false,
    logLevel: 'silent',
  });
  let input;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${String(error)}`, { cause: error });
  }
  const result = validate.validateNationalFtz(input, file);
  if (!result.ok) throw new Error(`${file} does not pass the national FTZ check: ${result.error.message}`);
  return result.value.ftzs.length;
}

/**
 * @param {string} [file]
 * @returns {import('vite').Plugin}
 */
export function nationalFtzCheck(file = resolve('data/national-ftz.json')) {
  return {
    name: 'ftz-atlas:national-ftz-check',
    async buildStart() {
      this.addWatchFile(file);
      await checkNationalFtz(file);
    },
  };
}
