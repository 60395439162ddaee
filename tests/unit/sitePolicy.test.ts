import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directives, metaPolicy } from './policyText';

/**
 * The site's Content Security Policy, as index.html states it (the one-file build's is pinned in
 * singleFile.test.ts). A `<meta>` policy is read once, at load, and cannot be widened later, so the
 * online basemap's host is listed from the start; that the page contacts it only after the visitor
 * opts in is tested in tests/e2e/explore.test.ts ("contacts tile.openstreetmap.org only after…").
 */

const policyText = metaPolicy(readFileSync('index.html', 'utf8'));
const policy = directives(policyText ?? '');
const TILE_HOST = 'https://tile.openstreetmap.org';

describe('the site’s Content Security Policy (index.html)', () => {
  it('is there, as a meta in the head', () => {
    expect(policyText).not.toBeNull();
    const html = readFileSync('index.html', 'utf8');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it("loads nothing by default but from 'self', and scripts only from 'self': no inline script, no eval", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policyText).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
  });

  it('allows no plugin and no other base URL', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
  });

  it('connects and loads images only from itself, data:, blob: and the opt-in tile host', () => {
    for (const name of ['connect-src', 'img-src']) {
      const sources = policy.get(name) ?? [];
      expect(sources.length, name).toBeGreaterThan(0);
      expect(
        sources.filter((source) => !["'self'", 'data:', 'blob:', TILE_HOST].includes(source)),
        name,
      ).toEqual([]);
    }
  });

  it("starts workers from blob: (and 'self' only for Vite's dev server), and names no other host anywhere", () => {
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    const hosts = [...policy.values()].flat().filter((source) => /^(https?:|\*|[\w-]+\.[\w.-]+)/.test(source));
    expect(new Set(hosts)).toEqual(new Set([TILE_HOST]));
  });
});
