import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';

const bundled = JSON.parse(readFileSync('data/zones.geojson', 'utf8'));

type Tampered = { features: { properties: Record<string, unknown>; geometry: unknown }[] };

/** The properties of the zone with this id in a copy of the bundled file. */
const byId = (copy: Tampered, id: string) => copy.features.find((f) => f.properties['id'] === id)!.properties;

/** A deep copy of the bundled zones with one change applied. */
function tampered(change: (copy: Tampered) => void) {
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

  it.each([
    [
      'a shared outline that names no zone',
      (c: Tampered) => (byId(c, 'shunyi-demonstration-zone')['same_outline_as'] = 'nowhere'),
      'shunyi-demonstration-zone',
      'same_outline_as',
    ],
    [
      'a park link that names no zone',
      (c: Tampered) => ((byId(c, 'shunyi-demonstration-zone')['parks'] as { zone?: string }[])[0]!.zone = 'nowhere'),
      'shunyi-demonstration-zone',
      'parks.0.zone',
    ],
    [
      'parents that loop',
      (c: Tampered) => (byId(c, 'international-business-services-area')['parent'] = 'capital-airport-part'),
      'international-business-services-area',
      'parent',
    ],
    [
      'a point outline on a polygon',
      (c: Tampered) => (byId(c, 'cbd-part')['outline'] = 'point'),
      'cbd-part',
      'outline',
    ],
    [
      'Chinese sectors that do not match the English ones',
      (c: Tampered) => (byId(c, 'shunyi-demonstration-zone')['sectors_zh'] = ['航空服务']),
      'shunyi-demonstration-zone',
      'sectors_zh',
    ],
    [
      'a placement note without its Chinese counterpart',
      (c: Tampered) => delete byId(c, 'cbd-part')['location_note_zh'],
      'cbd-part',
      'location_note_zh',
    ],
    [
      'a Chinese placement note without the English one',
      (c: Tampered) => delete byId(c, 'tiananmen')['location_note'],
      'tiananmen',
      'location_note',
    ],
    [
      'a zone without the Chinese text of its area scope',
      (c: Tampered) => delete byId(c, 'jinzhan-part')['area_scope_zh'],
      'jinzhan-part',
      'area_scope_zh',
    ],
    [
      'an FTZ part under a zone outside the FTZ',
      (c: Tampered) => (byId(c, 'cbd-part')['parent'] = 'financial-street'),
      'cbd-part',
      'parent',
    ],
    [
      'a zone inside an FTZ area marked as outside the FTZ',
      (c: Tampered) => (byId(c, 'tianzhu-comprehensive-bonded-zone')['in_ftz'] = false),
      'tianzhu-comprehensive-bonded-zone',
      'in_ftz',
    ],
  ])('refuses %s, naming the feature and field', (_, change, featureId, field) => {
    const result = validateZones(tampered(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.error.featureId, result.error.field]).toEqual([featureId, field]);
  });

  it('says which feature lacks the Chinese placement note, in a DataError', () => {
    const result = validateZones(tampered((c) => delete byId(c, 'cbd-part')['location_note_zh']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.name).toBe('DataError');
    expect(result.error.message).toBe(
      'zones.geojson: feature "cbd-part", field "location_note_zh": is missing, but location_note is given',
    );
  });

  it('refuses a point outside the map’s bounds, as swapped lon/lat would be', () => {
    const result = validateZones(
      tampered((c) => {
        const index = c.features.findIndex((f) => f.properties['id'] === 'tiananmen');
        c.features[index]!.geometry = { type: 'Point', coordinates: [39.9, 116.39] };
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.featureId, result.error.field]).toEqual(['tiananmen', 'geometry']);
  });

  it('refuses a feature id that differs from its properties.id', () => {
    const result = validateZones(tampered((c) => ((c.features[3] as { id?: string }).id = 'something-else')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.problem).toMatch(/differs from properties\.id/);
  });

  it('refuses something that is not a FeatureCollection at all', () => {
    const result = validateZones({ hello: 'world' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.featureId).toBeNull();
  });
});
