import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { chromiumMissing } from './atlasPage';
import { it } from './fixture';

/**
 * The site's Content Security Policy is a `<meta>`; a worker does not read the page's meta. A worker
 * from a same-origin URL takes its policy from its own response headers (a static host sends none),
 * while one from a `blob:` URL inherits the page's. tests/fixtures/worker-policy starts the import
 * worker with the app's own createImportWorker (its code swapped for a probe that tries `new
 * Function`), a worker through the URL src/map/workerPolicy.ts makes for MapLibre, and, to show the
 * probe can tell, the same probe from its own URL, under the policy of index.html.
 */

let outDir: string;
let server: PreviewServer | undefined;

beforeAll(async () => {
  if (chromiumMissing) return;
  outDir = mkdtempSync(join(tmpdir(), 'ftz-atlas-worker-policy-'));
  // A child process, so the build sees NODE_ENV=production as `npm run build` does.
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'tests/fixtures/worker-policy/vite.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  server = await preview({
    configFile: false,
    root: 'tests/fixtures/worker-policy',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe.skipIf(chromiumMissing)('workers under the page’s Content Security Policy', () => {
  it('blocks and reports eval in the import worker and in a worker started as MapLibre’s is', async ({ openPage }) => {
    const atlas = await openPage(server!.resolvedUrls!.local[0]!);
    const reports = (name: string) =>
      atlas.page.evaluate(
        (key) => [...((window as unknown as { reports?: Record<string, string[]> }).reports?.[key] ?? [])].sort(),
        name,
      );
    await expect.poll(() => reports('import')).toEqual(['eval: EvalError', 'reported script-src']);
    await expect.poll(() => reports('map')).toEqual(['eval: EvalError', 'reported script-src']);
    // Without the page's policy the same code runs: what the site's workers did before.
    await expect.poll(() => reports('url')).toEqual(['eval: ran']);
    // The import worker says so in the page's console, which every end-to-end test reads.
    await expect
      .poll(() => atlas.errors)
      .toContain('Content Security Policy violation in the import worker: script-src eval');
    expect(await atlas.cspViolations()).toContain('worker: script-src eval');
  });
});
