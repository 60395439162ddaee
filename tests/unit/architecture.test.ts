import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every TypeScript file under src/, with the relative imports it makes (type-only imports included). */
function sourceGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(resolve(path));
    }
  };
  walk('src');
  const importPattern = /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g;
  return new Map(
    files.map((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(importPattern)]
        .map((match) => resolve(dirname(file), (match[1] ?? match[2])!))
        .map((path) => (existsSync(`${path}.ts`) ? `${path}.ts` : path))
        .filter((path) => path.endsWith('.ts'));
      return [file, imports];
    }),
  );
}

const name = (file: string) => relative('src', file);

describe('the shape of src/', () => {
  const graph = sourceGraph();

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map(name).join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('has no file over 300 lines', () => {
    const long = [...graph.keys()]
      .map((file) => [name(file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('keeps MapLibre inside src/map', () => {
    const outside = [...graph.keys()]
      .filter((file) => !name(file).startsWith('map/'))
      .filter((file) => /from 'maplibre-gl'/.test(readFileSync(file, 'utf8')));
    expect(outside.map(name)).toEqual([]);
  });

  it('starts no worker from a URL of the site (it would run outside the page’s CSP)', () => {
    // A same-origin URL worker takes its policy from response headers, which a static host does not
    // send; `?worker&inline` (createWorker.ts) and workerPolicy.ts start workers from blob: URLs.
    const fromUrl = [...graph.keys()]
      .filter((file) => /new\s+(Shared)?Worker\s*\(|\?(shared)?worker(&url)?['"]/.test(readFileSync(file, 'utf8')))
      .map(name);
    expect(fromUrl).toEqual([]);
    expect(readFileSync('src/import/createWorker.ts', 'utf8')).toContain("from './worker.ts?worker&inline'");
  });
});
