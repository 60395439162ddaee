import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every style sheet of the atlas: the shell's and each feature's, wherever it lives under src/. */
export function styleSheets(): { file: string; text: string }[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.css'))
    .sort()
    .map((path) => ({ file: path, text: readFileSync(join('src', path), 'utf8') }));
}
