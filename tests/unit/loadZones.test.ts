import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKED_ZONES_DIGEST } from 'virtual:zones-integrity';
import { textDigest } from '../../src/data/digest';
import { loadZones } from '../../src/data/load';

const bundled = readFileSync('data/zones.geojson', 'utf8');

/** `fetch` answering every request with `body`, and counting the requests. */
function serve(body: string) {
  const fetch = vi.fn(async () => new Response(body, { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('textDigest', () => {
  it('gives the same text the same digest, and names its length', () => {
    expect(textDigest(bundled)).toBe(textDigest(`${bundled}`));
    expect(textDigest('abc')).toMatch(/^3:[0-9a-f]{8}$/);
  });

  it('tells apart texts that differ by one character, or only in length', () => {
    expect(textDigest('{"a":1}')).not.toBe(textDigest('{"a":2}'));
    expect(textDigest('')).not.toBe(textDigest('\u0000'));
  });
});

describe('loadZones', () => {
  it('is given, by the build, the digest of the bundled zones file', () => {
    expect(CHECKED_ZONES_DIGEST).toBe(textDigest(bundled));
  });

  it('uses the file the build checked as it is', async () => {
    serve(bundled);
    const zones = await loadZones('zones.geojson');
    expect(zones.features.length).toBeGreaterThan(20);
    expect(zones.features.map((f) => f.properties.id)).toContain('cbd-part');
  });

  it('checks a file with another digest, and names the zone and the field it refuses', async () => {
    const tampered = JSON.parse(bundled) as { features: { properties: Record<string, unknown> }[] };
    tampered.features[0]!.properties['official_area_km2'] = -3;
    serve(JSON.stringify(tampered));
    await expect(loadZones('zones.geojson')).rejects.toThrow(/official_area_km2/);
  });

  it('checks the bundled file too when the digest it is given is not its own', async () => {
    serve(bundled);
    const zones = await loadZones('zones.geojson', 'another digest');
    expect(zones.features.length).toBeGreaterThan(20);
  });

  it('says when the file is not JSON, or could not be downloaded', async () => {
    serve('<html>');
    await expect(loadZones('zones.geojson')).rejects.toThrow('zones.geojson: is not valid JSON');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(loadZones('zones.geojson')).rejects.toThrow('HTTP 404');
  });
});
