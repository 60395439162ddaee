import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFunctions } from '../../scripts/dev/functionLengths.mjs';

/**
 * The shape of src/ (docs/architecture.md): core folders, features that meet only at their doors
 * (`features/<name>/index.ts`), lazy chunks named `*.lazy.ts`, short functions, small folders.
 */

interface Import {
  target: string;
  /** `import type …`: erased from the build, so it makes no chunk edge (still a folder edge). */
  typeOnly: boolean;
  dynamic: boolean;
}

/** Every TypeScript file under src/, with the relative imports it makes (type-only imports included). */
function sourceGraph(): Map<string, Import[]> {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => resolve('src', path));
  // `typeof import('…')` is a type, not a load: it is not counted as a dynamic import.
  const importPattern =
    /(import\s+type\s|import|export)\s[^'";]*?from\s+'(\.[^']+)'|(?<!typeof\s)import\('(\.[^']+)'\)/g;
  const resolveImport = (file: string, spec: string) => {
    const path = resolve(dirname(file), spec.replace(/\?.*$/, ''));
    if (existsSync(`${path}.ts`)) return `${path}.ts`;
    if (existsSync(join(path, 'index.ts'))) return join(path, 'index.ts');
    return path;
  };
  return new Map(
    files.map((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(importPattern)]
        .map((match) => ({
          target: resolveImport(file, (match[2] ?? match[3])!),
          typeOnly: match[1]?.startsWith('import type') ?? false,
          dynamic: match[3] !== undefined,
        }))
        .filter(({ target }) => target.endsWith('.ts'));
      return [file, imports];
    }),
  );
}

const name = (file: string) => relative('src', file);

/**
 * The unit a file belongs to: `features/<name>`, a core folder (`map`, `i18n`, …), `config` (the
 * defaults every folder reads), or `app` (the wiring: main.ts, app.ts, startMap.ts, panels.ts).
 */
function unitOf(file: string): string {
  const parts = name(file).split('/');
  if (parts.length === 1) return parts[0] === 'config.ts' ? 'config' : 'app';
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]!;
}

/** Cycles in a directed graph, each as a path. */
function cyclesOf(edges: Map<string, Set<string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('the shape of src/', () => {
  const graph = sourceGraph();
  const imports = [...graph].flatMap(([file, list]) => list.map((edge) => ({ file, ...edge })));

  it('has no import cycle between files', () => {
    const edges = new Map([...graph].map(([file, list]) => [name(file), new Set(list.map((i) => name(i.target)))]));
    expect(cyclesOf(edges)).toEqual([]);
  });

  it('has no cycle between folders (core folders, each feature, and the app’s wiring)', () => {
    const edges = new Map<string, Set<string>>();
    for (const { file, target } of imports) {
      const [from, to] = [unitOf(file), unitOf(target)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    expect(cyclesOf(edges)).toEqual([]);
  });

  it('lets features use one another only through their index.ts', () => {
    const bypasses = imports
      .filter(({ file, target }) => unitOf(target).startsWith('features/') && unitOf(file) !== unitOf(target))
      .filter(({ target }) => !name(target).match(/^features\/[\w-]+\/index\.ts$/))
      .map(({ file, target }) => `${name(file)} -> ${name(target)}`);
    expect(bypasses).toEqual([]);
  });

  it('keeps the core folders free of features (imports run app -> features -> core)', () => {
    const upward = imports
      .filter(({ file }) => unitOf(file) !== 'app' && !unitOf(file).startsWith('features/'))
      .filter(({ target }) => unitOf(target).startsWith('features/') || unitOf(target) === 'app')
      .map(({ file, target }) => `${name(file)} -> ${name(target)}`);
    expect(upward).toEqual([]);
  });

  it('loads every *.lazy.ts only with import(), and import() only loads *.lazy.ts (but main.ts’s two)', () => {
    const staticLazy = imports
      .filter(({ target, dynamic, typeOnly }) => target.endsWith('.lazy.ts') && !dynamic && !typeOnly)
      .map(({ file, target }) => `${name(file)} -> ${name(target)}`);
    expect(staticLazy).toEqual([]);
    const eagerDynamic = imports
      .filter(({ dynamic, target }) => dynamic && !target.endsWith('.lazy.ts'))
      .map(({ file, target }) => `${name(file)} -> ${name(target)}`);
    expect(eagerDynamic).toEqual(['main.ts -> map/view.ts', 'main.ts -> app.ts']);
  });

  it('has no folder with more than 24 files side by side', () => {
    const crowded: string[] = [];
    const walk = (dir: string) => {
      const entries = readdirSync(dir);
      const files = entries.filter((entry) => statSync(join(dir, entry)).isFile());
      if (files.length > 24) crowded.push(`${dir}: ${files.length}`);
      for (const entry of entries) if (statSync(join(dir, entry)).isDirectory()) walk(join(dir, entry));
    };
    walk('src');
    expect(crowded).toEqual([]);
  });

  it('has no file over 300 lines', () => {
    const long = [...graph.keys()]
      .map((file) => [name(file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('has no function over 80 lines, nested functions counted', () => {
    const long = allFunctions('src')
      .filter((fn) => fn.lines > 80)
      .map((fn) => `${fn.file}:${fn.line} ${fn.name} (${fn.lines} lines)`);
    expect(long).toEqual([]);
    // Parses every file of src/ with TypeScript: a few seconds, more on a loaded machine.
  }, 60_000);

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
