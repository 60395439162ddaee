// temp: bytes of first-load JS per source file, from sourcemaps
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sm from 'source-map-js';
const dir = process.argv[2];
const { firstLoad } = await import(join(process.cwd(), 'scripts/bench/manifest.mjs'));
const m = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
const g = firstLoad(m);
const sizes = new Map();
for (const f of g.appCode) {
  const code = readFileSync(join(dir, f), 'utf8');
  const map = new sm.SourceMapConsumer(JSON.parse(readFileSync(join(dir, f + '.map'), 'utf8')));
  const lines = code.split('\n');
  const mappings = [];
  map.eachMapping((e) => mappings.push(e));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < mappings.length; i++) {
    const a = mappings[i], b = mappings[i + 1];
    const end = b && b.generatedLine === a.generatedLine ? b.generatedColumn : lines[a.generatedLine - 1].length;
    const src = (a.source ?? '?').replace(/.*\/src\//, 'src/').replace(/.*node_modules\//, 'nm/');
    sizes.set(src, (sizes.get(src) ?? 0) + (end - a.generatedColumn));
  }
}
for (const [k, v] of [...sizes].sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(7), k);
