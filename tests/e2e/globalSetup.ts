import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { findChromium, INSTALL_HINT } from '../../scripts/lib/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumMissing: boolean;
  }
}

let server: PreviewServer | undefined;

/** Serves the production build on 127.0.0.1 and checks that a browser is there to drive it. */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const message = `Chromium was not found, so the browser tests cannot run. Install it with: ${INSTALL_HINT}`;
    if (process.env.CI) throw new Error(message);
    console.warn(`\n${'!'.repeat(80)}\n!! SKIPPING ALL BROWSER TESTS. ${message}\n${'!'.repeat(80)}\n`);
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('The preview server did not report its address');
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumMissing', chromium === null);
  return async () => {
    await server?.close();
  };
}
