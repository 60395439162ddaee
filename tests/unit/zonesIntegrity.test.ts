import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedZonesDigest } from '../../scripts/build/zonesIntegrity.mjs';
import { textDigest } from '../../src/data/digest';

const folder = mkdtempSync(join(tmpdir(), 'ftz-zones-integrity-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
};

describe('the build-time check of the zones file', () => {
  it('gives the digest of a file that passes the check', async () => {
    const text = readFileSync('data/zones.geojson', 'utf8');
    expect(await checkedZonesDigest(write('good.geojson', text))).toBe(textDigest(text));
  }, 30_000);

  it('fails the build on a file that does not, naming the zone and the field', async () => {
    const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    delete zones.features[1]!.properties['name_en'];
    const id = String(zones.features[1]!.properties['id']);
    const file = write('bad.geojson', JSON.stringify(zones));
    await expect(checkedZonesDigest(file)).rejects.toThrow(new RegExp(`feature "${id}", field "name_en"`));
    await expect(checkedZonesDigest(write('not-json.geojson', '{'))).rejects.toThrow(/is not valid JSON/);
  }, 30_000);
});
