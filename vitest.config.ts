import { defineConfig } from 'vitest/config';
import { zonesIntegrity } from './scripts/build/zonesIntegrity.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        // src/data/load.ts imports the digest of the checked zones file (virtual:zones-integrity).
        plugins: [zonesIntegrity()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Chart and panel tests opt into a DOM with a `@vitest-environment jsdom` comment.
          // `npm run test:unit` runs two files at once (--maxWorkers=2; Vitest's default on two cores
          // is one): 80 s → 51–57 s here, most of a file's time being its imports, not its tests.
          // A few tests read all of src/ (architecture.test.ts parses every file): 1–3 s alone, over
          // Vitest's 5 s default on the shared two-core machine at load 20 (a failure seen there). A slow
          // machine is not a failure: 30 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Conditions are awaited, never slept on; on a loaded two-core machine a page can take a few
          // seconds to reach one (a debounced URL write, a map move), so polls wait up to 10 s.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          // One Chromium at a time when a file is run alone; `npm run test:e2e` runs two files at once
          // (--fileParallelism --maxWorkers=2): much of a file's time is waiting on the page, and on this
          // two-core machine two at a time took the suite from about 12.7 to 10.9 minutes, all green.
          fileParallelism: false,
        },
      },
      {
        test: {
          // The journeys in Chromium, Firefox ESR and WebKitGTK (docs/engines.md).
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          // The Chromium run of the journeys (`npm run test:engines:chromium`) checks the harness, not an
          // engine: the Chromium e2e suite covers each journey in more depth. Left out of `npm test` to
          // keep the suite under 15 minutes on the two-core machine (docs/engines.md).
          exclude: process.env['ENGINES_CHROMIUM'] === '1' ? [] : ['tests/engines/chromium.test.ts'],
          environment: 'node',
          globalSetup: ['tests/engines/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
