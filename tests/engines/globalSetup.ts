import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { missingRequirements, REQUIREMENTS, XVFB_PATH } from '../../scripts/lib/engines.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The X display Firefox and WebKitGTK draw on (Xvfb), e.g. ':1'. */
    display: string;
    /** What is missing on this machine (ids of scripts/lib/engines.mjs): those engines' tests skip. */
    missingEngines: string[];
  }
}

/**
 * Starts one Xvfb and lets it pick a free display (-displayfd: it writes the number when it is ready,
 * so nothing is guessed and nothing races another run's display).
 */
function startXvfb(): Promise<{ display: string; xvfb: ChildProcess }> {
  const xvfb = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let written = '';
    let errors = '';
    xvfb.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve({ display: `:${written.trim()}`, xvfb });
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${errors.slice(-500)}`)));
    xvfb.once('error', reject);
  });
}

/**
 * Serves the production build on 127.0.0.1 and starts the X server the windowed engines need. A
 * missing engine fails the run with CI=true (scripts/test/provision.mjs installs them); locally its
 * tests skip with a loud warning.
 */
export default async function setup(project: TestProject) {
  const missing = missingRequirements();
  if (missing.length > 0) {
    const what = REQUIREMENTS.filter((r) => missing.includes(r.id)).map((r) => r.what);
    const message = `Missing for the cross-engine tests: ${what.join(', ')}. Run: node scripts/test/provision.mjs`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n${'!'.repeat(80)}\n!! SKIPPING THOSE ENGINES. ${message}\n${'!'.repeat(80)}\n`);
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server: PreviewServer = await preview({
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('The preview server did not report its address');
  const x = missing.includes('xvfb') ? null : await startXvfb();
  project.provide('baseUrl', baseUrl);
  project.provide('display', x?.display ?? '');
  project.provide('missingEngines', missing);
  return async () => {
    x?.xvfb.kill();
    await server.close();
  };
}
