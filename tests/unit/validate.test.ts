import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate';

const bundled = JSON.parse(readFileSync('data/zones.geojson', 'utf8'));

/** A deep copy of the bundled zones with one change applied. */
function tampered(change: (copy: { features: { properties: Record<string, unknown>; geometry: unknown }[] }) => void) {
  const copy = structuredClone(bundled);
  change(copy);
  return copy;
}

describe('validateZones', () => {
  it('accepts the bundled zones file', () => {
    const result = validateZones(bundled);
    expect(result.ok).toBe(true);
  });

  it('names the file, the feature and the field of a missing name', () => {
    const result = validateZones(tampered((c) => delete c.features[1]!.properties['name_en']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.file).toBe('zones.geojson');
    expect(result.error.featureId).toBe(bundled.features[1].properties.id);
    expect(result.error.field).toBe('name_en');
    expect(result.error.message).toMatch(/^zones\.geojson: feature "[a-z-]+", field "name_en": /);
  });

  it('refuses a negative area', () => {
    const result = validateZones(tampered((c) => (c.features[0]!.properties['official_area_km2'] = -3)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toBe('official_area_km2');
  });

  it('refuses a zone without sources', () => {
    const result = validateZones(tampered((c) => (c.features[2]!.properties['sources'] = [])));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toBe('sources');
  });

  it('refuses an unknown kind', () => {
    const result = validateZones(tampered((c) => (c.features[0]!.properties['kind'] = 'casino')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toBe('kind');
  });

  it('refuses a duplicate id', () => {
    const result = validateZones(tampered((c) => (c.features[1]!.properties['id'] = c.features[0]!.properties['id'])));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.problem).toMatch(/used twice/);
  });

  it('refuses a parent that does not exist', () => {
    const result = validateZones(tampered((c) => (c.features[1]!.properties['parent'] = 'atlantis')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/parent "atlantis"/);
  });

  it('refuses a geometry with a broken ring', () => {
    const result = validateZones(
      tampered(
        (c) =>
          (c.features[1]!.geometry = {
            type: 'Polygon',
            coordinates: [
              [
                [116, 40],
                [116.1, 40],
              ],
            ],
          }),
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.field).toMatch(/^geometry/);
  });

  it('refuses something that is not a FeatureCollection at all', () => {
    const result = validateZones({ hello: 'world' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.featureId).toBeNull();
  });
});
