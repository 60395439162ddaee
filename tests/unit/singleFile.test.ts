import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicMaplibreWorker, hashInlineScripts } from '../../scripts/single/plugins';
import { directives, metaPolicy } from './policyText';

/**
 * The one-file offline build (`npm run build:single`), built here into a temporary folder (a few
 * seconds) so the unit tests do not depend on an earlier build. The browser test is
 * tests/e2e/singleFile.test.ts.
 */

/** Hosts of credit links (`<a href>` in the map's attribution) a person may follow; nothing loads from them. */
const CREDIT_LINK_HOSTS = ['www.openstreetmap.org', 'maplibre.org'];

let outDir: string;
let html: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'ftz-atlas-single-'));
  // A child process, so the build sees NODE_ENV=production as `npm run build:single` does.
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'vite.single.config.ts',
      '--outDir',
      outDir,
      '--logLevel',
      'error',
    ],
    { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 90_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the one-file build', () => {
  it('is one HTML file and nothing else', () => {
    expect(readdirSync(outDir)).toEqual(['index.html']);
    const bytes = Buffer.byteLength(html);
    console.log(
      `dist-single/index.html: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${(gzipSync(html).length / 1024 / 1024).toFixed(2)} MB gzip`,
    );
    // MapLibre and its worker (1.6 MB), the data as base64 data: URLs (1.5 MB): a surprise beyond 5 MB.
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('loads nothing by reference: no external script, stylesheet, image or font', () => {
    expect(html).not.toMatch(/<script\b[^>]*\bsrc\s*=/i);
    // The only <link> is the empty data: icon (so the browser does not ask for favicon.ico).
    expect(html.match(/<link\b[^>]*>/gi)).toEqual(['<link rel="icon" href="data:," />']);
    expect(html).not.toMatch(/\b(?:src|srcset|poster)\s*=\s*["'`]?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import\b/);
    // Relative references would be file:// siblings, which do not exist next to a copied file.
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["'`]\.{0,2}\/(?!\/)/);
  });

  it('links to other hosts only in credits a person may follow', () => {
    const hosts = [...html.matchAll(/\bhref\s*=\s*["'`]?(https?:\/\/[^"'`\s>]+)/gi)].map((m) => new URL(m[1]!).host);
    expect(hosts.length).toBeGreaterThan(0);
    expect(new Set(hosts)).toEqual(new Set(CREDIT_LINK_HOSTS));
  });

  it('has a CSP as strict as the site: hashed inline script, no eval, no host, blob: workers, frames only itself', () => {
    const text = metaPolicy(html);
    expect(text).not.toBeNull();
    const policy = directives(text!);
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hashes = scripts.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    expect(policy.get('script-src')).toEqual(hashes);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(['data:', 'blob:']);
    expect(policy.get('worker-src')).toEqual(['blob:']);
    // 'self' only to frame itself: the Share dialog's preview (on file:// it matches local files).
    expect(policy.get('frame-src')).toEqual(["'self'"]);
    expect(text!.replace("frame-src 'self'", '')).not.toMatch(/unsafe-eval|https?:|'self'/);
    expect(html).not.toContain('tile.openstreetmap.org is contacted');
  });

  it('turns the online basemap off', () => {
    expect(html).toContain('Not available in this offline copy');
  });
});

describe('the one-file plugins', () => {
  it("make MapLibre's worker a classic script, and refuse one with other module syntax", () => {
    const source = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', 'utf8');
    const classic = classicMaplibreWorker(source);
    expect(classic).not.toMatch(/export\s*\{/);
    expect(classic.length).toBeGreaterThan(source.length - 200);
    expect(() => classicMaplibreWorker('import{a}from"./shared.mjs";var b=a;export{b as default};')).toThrow(
      /module syntax/,
    );
    expect(() => classicMaplibreWorker('var b=1;')).toThrow(/no longer ends/);
  });

  it('hash each inline script into the CSP and drop the site policy', () => {
    const page =
      '<head><!-- tile.openstreetmap.org is contacted only after opt-in. -->\n' +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />` +
      '<script type="module" crossorigin>let a = 1;\r\nlet b = 2;</script></head>';
    const out = hashInlineScripts(page);
    const hash = createHash('sha256').update('let a = 1;\nlet b = 2;').digest('base64');
    expect(out).toContain(`script-src 'sha256-${hash}';`);
    expect(out).toContain('<script type="module">let a = 1;\nlet b = 2;</script>');
    expect(out).not.toContain('openstreetmap');
    expect(() => hashInlineScripts(page.replace('<script type="module" crossorigin>', '<script src="x.js">'))).toThrow(
      /not inlined/,
    );
  });
});
