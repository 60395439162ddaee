import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedZones, checkedZonesDigest, zonesIntegrity } from '../../scripts/build/zonesIntegrity.mjs';
import { zoneColors } from '../../src/color/palette';
import { textDigest } from '../../src/data/digest';
import { validateZones } from '../../src/data/validate.lazy';
import { openingBounds, zoneBounds } from '../../src/geo/bounds';
import { computeZoneMetrics } from '../../src/geo/metrics';

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

describe('what the build gives the map from the zones file (virtual:zone-style)', () => {
  const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
  if (!result.ok) throw result.error;
  const zones = result.value;
  const metrics = computeZoneMetrics(zones);
  const bounds = zoneBounds(zones);
  // Through JSON, as the page gets it: what the page computed from the parsed zones before it was built.
  const built = async () => {
    const { style } = await checkedZones('data/zones.geojson');
    return JSON.parse(JSON.stringify(style)) as typeof style;
  };

  it('has the colour the palette gives each zone', async () => {
    expect(new Map((await built()).colors)).toEqual(zoneColors(zones));
  }, 30_000);

  it('has one label point per zone, at its metrics’ label point, with the properties the labels read', async () => {
    const { labels } = await built();
    expect(labels.features.map((f) => f.properties.id)).toEqual(zones.features.map((f) => f.properties.id));
    for (const [i, feature] of labels.features.entries()) {
      const { id, kind, name_en, name_zh, parent } = zones.features[i]!.properties;
      expect(feature.properties).toEqual({ id, kind, name_en, name_zh, parent });
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: metrics.get(id)!.labelPoint });
    }
  }, 30_000);

  it('has the opening frame and each zone’s box', async () => {
    const style = await built();
    expect(style.opening).toEqual(openingBounds(zones, bounds));
    expect(new Map(style.bounds)).toEqual(bounds);
  }, 30_000);

  it('is served with the digest from one check of the same file', async () => {
    const plugin = zonesIntegrity(write('served.geojson', readFileSync('data/zones.geojson', 'utf8')));
    const context = { addWatchFile: () => {} };
    const load = (id: string) => (plugin.load as (this: unknown, id: string) => Promise<string>).call(context, id);
    const { style, digest } = await checkedZones('data/zones.geojson');
    expect(await load('\0virtual:zone-style')).toBe(`export const ZONE_STYLE = ${JSON.stringify(style)};`);
    expect(await load('\0virtual:zones-integrity')).toContain(JSON.stringify(digest));
  }, 30_000);
});
