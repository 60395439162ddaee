// The lazy modules of the source tree: every `src/**/*.lazy.ts`, as the build manifest names them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Paths such as `src/features/compare/comparePanel.lazy.ts`, sorted. */
export function listLazyModules(dir = 'src') {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.lazy.ts'))
    .map((path) => join(dir, path).split('\\').join('/'))
    .sort();
}
