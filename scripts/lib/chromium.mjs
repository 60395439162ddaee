// Finds and launches Debian's Chromium for the end-to-end tests, screenshots and the benchmark.
// Playwright's own browser download cannot work on this network, so playwright-core drives the
// system browser. Flags from ../shared/reference/toolchain.md: SwiftShader gives WebGL2 without a
// GPU, and the networking flags keep Chromium from calling out of a closed network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'];

/** The path of a Chromium binary, or null when none is installed. */
export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launches headless Chromium with a fresh profile. `close()` also deletes the profile.
 * @param {{ extraArgs?: string[] }} [options]
 */
export async function launchChromium(options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium not found. Install it with: ${INSTALL_HINT}`);
  const profile = mkdtempSync(join(tmpdir(), 'ftz-atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    viewport: { width: 1280, height: 800 },
    timezoneId: 'Asia/Shanghai',
    locale: 'en-GB',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Launches headless Chromium for many isolated pages: each `browser.newContext()` is a fresh profile
 * in memory (cookies, storage, cache), far cheaper than a new browser per test.
 * @param {string[]} [extraArgs] e.g. ['--disable-webgl', '--disable-3d-apis'] for a browser without WebGL
 */
export async function launchBrowser(extraArgs = []) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium not found. Install it with: ${INSTALL_HINT}`);
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
