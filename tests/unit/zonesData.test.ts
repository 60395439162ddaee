import { readFileSync } from 'node:fs';
import turfArea from '@turf/area';
import { describe, expect, it } from 'vitest';
import { basemapDistricts, buildZones } from '../../scripts/build-zones.mjs';
import { checkZones } from '../../scripts/zones/checks.mjs';
import { validateZones } from '../../src/data/validate.lazy';
import type { ZoneFeature } from '../../src/data/schema';

const collection = JSON.parse(readFileSync('data/zones.geojson', 'utf8'));
const result = validateZones(collection);
if (!result.ok) throw result.error;
const zones = result.value.features;
const byId = new Map(zones.map((f) => [f.properties.id, f]));
const zone = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`no zone "${id}" in data/zones.geojson`);
  return found;
};
const official = (id: string) => zone(id).properties.official_area_km2;
const mappedKm2 = (f: ZoneFeature) => turfArea(f.geometry as GeoJSON.Geometry) / 1e6;
const childrenOf = (id: string) => zones.filter((f) => f.properties.parent === id);

describe('data/zones.geojson', () => {
  it('is exactly what scripts/build-zones.mjs produces (no hand edits drift from the spec)', () => {
    expect(collection).toEqual(JSON.parse(JSON.stringify(buildZones().collection)));
  });

  it('passes every geometry rule: valid rings, areas, parents, overlaps, districts, Beijing region', () => {
    expect(checkZones(collection, { districts: basemapDistricts() })).toEqual([]);
  });

  it('has the three FTZ areas with their official areas, adding up to 119.68 km²', () => {
    const areas = zones.filter((f) => f.properties.kind === 'ftz-area');
    expect(Object.fromEntries(areas.map((f) => [f.properties.id, f.properties.official_area_km2]))).toEqual({
      'sci-tech-innovation-area': 31.85,
      'international-business-services-area': 48.34,
      'high-end-industry-area': 39.49,
    });
    const total = areas.reduce((sum, f) => sum + f.properties.official_area_km2!, 0);
    expect(total).toBeCloseTo(119.68, 2);
  });

  it('carries the published figures the sources give', () => {
    expect({
      zgc: official('zhongguancun-science-city-part'),
      lifeScience: official('life-science-park-part'),
      capitalAirport: official('capital-airport-part'),
      tianzhu: official('tianzhu-comprehensive-bonded-zone'),
      cbd: official('cbd-part'),
      jinzhan: official('jinzhan-part'),
      canal: official('canal-zhangjiawan-part'),
      shunyi: official('shunyi-demonstration-zone'),
      daxingAirportZone: official('daxing-airport-economic-zone'),
      daxingBondedZone: official('daxing-airport-comprehensive-bonded-zone'),
      lize: official('lize-financial-business-district'),
      tongzhouCulturalTourism: official('tongzhou-cultural-tourism-zone'),
    }).toEqual({
      zgc: 21.59,
      lifeScience: 10.26,
      capitalAirport: 28.5,
      tianzhu: 5.466,
      cbd: 4.96,
      jinzhan: 2.96,
      canal: 10.87,
      shunyi: 28.5,
      daxingAirportZone: 50,
      daxingBondedZone: 4.35,
      lize: 8.09,
      tongzhouCulturalTourism: 12,
    });
  });

  it('keeps unpublished figures null instead of inventing them, and says so', () => {
    for (const id of ['yizhuang-part', 'daxing-biomedicine-part', 'financial-street']) {
      expect(official(id)).toBeNull();
      expect(zone(id).properties.area_scope).toMatch(/not published|No area/);
    }
  });

  it('draws every outline with an official area within ±5% of it', () => {
    const measured = zones.filter((f) => f.properties.official_area_km2 !== null && f.geometry.type !== 'Point');
    expect(measured.length).toBeGreaterThanOrEqual(15);
    for (const f of measured) {
      const ratio = mappedKm2(f) / f.properties.official_area_km2!;
      expect({ id: f.properties.id, ok: Math.abs(ratio - 1) <= 0.05 }).toEqual({ id: f.properties.id, ok: true });
    }
  });

  it('shows the 1.05 km² the International Business Services Area’s parts leave unexplained', () => {
    const parts = childrenOf('international-business-services-area');
    const partSum = parts.reduce((sum, f) => sum + f.properties.official_area_km2!, 0);
    expect(partSum).toBeCloseTo(47.29, 2);
    expect(official('international-business-services-area')! - partSum).toBeCloseTo(1.05, 2);
    expect(mappedKm2(zone('international-business-services-area'))).toBeCloseTo(47.29, 1);
    expect(zone('international-business-services-area').properties.area_scope).toMatch(/1\.05 km²/);
  });

  it('gives no area more parts (official or drawn) than it has room for', () => {
    for (const parent of zones.filter((f) => childrenOf(f.properties.id).length > 0)) {
      const parts = childrenOf(parent.properties.id).filter((f) => f.geometry.type !== 'Point');
      const officialSum = parts.reduce((sum, f) => sum + (f.properties.official_area_km2 ?? 0), 0);
      const mappedSum = parts.reduce((sum, f) => sum + mappedKm2(f), 0);
      expect(officialSum).toBeLessThanOrEqual((parent.properties.official_area_km2 ?? Infinity) + 1e-9);
      expect(mappedSum).toBeLessThanOrEqual(mappedKm2(parent) * 1.0001);
    }
  });

  it('puts Tianzhu and the new exhibition centre inside the capital-airport part', () => {
    expect(zone('tianzhu-comprehensive-bonded-zone').properties).toMatchObject({
      kind: 'bonded-zone',
      parent: 'capital-airport-part',
      in_ftz: true,
    });
    expect(zone('china-international-exhibition-center').properties).toMatchObject({
      parent: 'capital-airport-part',
      outline: 'point',
    });
  });

  it('models Shunyi’s "3+7+N": three parks, seven sectors, on the capital-airport part’s outline', () => {
    const shunyi = zone('shunyi-demonstration-zone');
    expect(shunyi.properties.kind).toBe('demo-zone');
    expect(shunyi.properties.parks?.map((p) => p.name_zh)).toEqual([
      '天竺综合保税区',
      '首都机场临空经济示范区',
      '中德国际合作产业园',
    ]);
    expect(shunyi.properties.sectors_en).toEqual([
      'Aviation services',
      'Cross-border finance',
      'Cultural trade',
      'Business exhibition',
      'Digital trade',
      'Healthcare',
      'International delivery and logistics',
    ]);
    expect(shunyi.properties.sectors_zh).toHaveLength(7);
    expect(shunyi.properties.same_outline_as).toBe('capital-airport-part');
    expect(shunyi.geometry).toEqual(zone('capital-airport-part').geometry);
    expect(shunyi.properties.area_scope).toMatch(/press conference of 24 Sep 2020 and MOFCOM/);
  });

  it('marks which zones are inside the FTZ and which are not', () => {
    const outside = zones.filter((f) => !f.properties.in_ftz).map((f) => f.properties.id);
    for (const id of [
      'financial-street',
      'lize-financial-business-district',
      'tongzhou-cultural-tourism-zone',
      'daxing-airport-economic-zone',
      'daxing-airport-comprehensive-bonded-zone',
      'tiananmen',
    ]) {
      expect(outside).toContain(id);
    }
    for (const f of zones.filter((f) => ['ftz-area', 'ftz-part'].includes(f.properties.kind))) {
      expect(f.properties.in_ftz).toBe(true);
    }
  });

  it('has the reference points as points: both airports, both CIFTIS venues and Tiananmen', () => {
    const points = zones.filter((f) => f.properties.kind === 'reference-point' && f.properties.parent === null);
    expect(points.map((f) => f.properties.id).sort()).toEqual([
      'capital-international-airport',
      'daxing-international-airport',
      'olympic-park-cncc',
      'shougang-park',
      'tiananmen',
    ]);
    for (const f of points) expect(f.geometry.type).toBe('Point');
    // facts.md section 3 (WGS84): OurAirports for Capital, three airport tables for Daxing.
    expect(zone('capital-international-airport').geometry.coordinates).toEqual([116.585, 40.0801]);
    expect(zone('daxing-international-airport').geometry.coordinates).toEqual([116.4105, 39.5098]);
  });

  it('gives every zone at least one source, and every point or drawn outline a note on how it was placed', () => {
    for (const f of zones) {
      expect(f.properties.sources.length).toBeGreaterThan(0);
      if (f.properties.kind !== 'ftz-area') expect(f.properties.location_note, f.properties.id).toBeTruthy();
    }
  });

  it('says that every outline is an approximation', () => {
    for (const f of zones) expect(['approximate', 'indicative', 'point']).toContain(f.properties.outline);
  });

  it('offers the aliases people search for', () => {
    const aliases = zones.flatMap((f) => f.properties.aliases ?? []);
    for (const alias of ['CBD', 'Tianzhu', 'Yizhuang', 'Zhongguancun', 'Lize', '亦庄', '天竺']) {
      expect(aliases).toContain(alias);
    }
  });
});
