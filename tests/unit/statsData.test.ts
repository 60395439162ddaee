import { existsSync, readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';
import { validateEvents, validatePilotRegions, validateProvinces, validateStats } from '../../src/data/validateStats';
import type { Source } from '../../src/data/schema';
import { MAX_BOUNDS } from '../../src/config';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
function valid<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

const stats = valid(validateStats(read('data/stats.json')));
const { events } = valid(validateEvents(read('data/events.json')));
const pilot = valid(validatePilotRegions(read('data/pilot-regions.geojson')));
const provinces = valid(validateProvinces(read('data/provinces.geojson')));
const zones = valid(validateZones(read('data/zones.geojson')));
const zoneIds = new Set(zones.features.map((f) => f.properties.id));
const figure = (id: string) => stats.figures.find((f) => f.id === id);

/** Every `source` object anywhere in a parsed file, with the path where it was found. */
function sourcesIn(value: unknown, path = ''): { path: string; source: Source }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => sourcesIn(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'source' ? [{ path: `${path}.${key}`, source: child as Source }] : sourcesIn(child, `${path}.${key}`),
  );
}

describe('data/stats.json', () => {
  it('has every figure of the source articles with the value the articles give', () => {
    const values = Object.fromEntries(stats.figures.map((f) => [f.id, [f.value, f.unit]]));
    expect(values).toMatchObject({
      'services-share-gdp-2019': [83.5, 'percent'],
      'services-market-share-national': [0.2, 'share'],
      'services-foreign-capital-2015-2019': [76.2, 'usd-billion'],
      'services-trade-seed': [1.1, 'cny-trillion'],
      'haidian-technology-companies': [140000, 'count'],
      'haidian-unicorns': [39, 'count'],
      'cross-border-ecommerce-imports-growth': [55, 'percent-change'],
      'bonded-ecommerce-imports-growth': [120, 'fold'],
      'shunyi-zone-area': [28.5, 'km2'],
      'shunyi-companies-signed': [26, 'count'],
      'pilot-regions': [28, 'count'],
      'best-practice-cases-total': [83, 'count'],
      'best-practice-cases-group-4': [25, 'count'],
    });
    expect(figure('bonded-ecommerce-imports-growth')!.qualifier).toBe('more-than');
    expect(figure('services-trade-seed')!.qualifier).toBe('nearly');
    expect(stats.shunyi_model.companies_named.map((c) => c.en)).toEqual([
      'Alibaba Health Information Technology',
      'Star Alliance',
      'SF Express',
    ]);
  });

  it('shows each figure in words that contain its number', () => {
    for (const f of stats.figures.filter((f) => f.unit !== 'share')) {
      expect({ id: f.id, display: f.display_en }).toEqual({
        id: f.id,
        display: expect.stringContaining(f.value.toLocaleString('en-GB')),
      });
    }
  });

  it('marks nine figures as key-figure cards, in both languages', () => {
    const cards = stats.figures.filter((f) => f.card);
    expect(cards.map((f) => f.display_en)).toEqual([
      '83.5%',
      'US$76.2 bn',
      'nearly ¥1.1 tn',
      'about 140,000',
      '39',
      '28.5 km²',
      '+55%',
      'more than 120-fold',
      '26',
    ]);
    for (const card of cards) expect(card.display_zh && card.label_zh).toBeTruthy();
  });

  it('has the services share of GDP 2018–2024, with the 2018 census revision marked', () => {
    const series = stats.series.find((s) => s.id === 'services-share-of-gdp')!;
    expect(series.points.map((p) => [p.period, p.value])).toEqual([
      ['2018', 83.1],
      ['2019', 83.5],
      ['2020', 83.8],
      ['2021', 81.7],
      ['2022', 83.8],
      ['2023', 84.8],
      ['2024', 85.3],
    ]);
    expect(series.points[0]!.revision?.original_value).toBe(81.0);
    expect(series.points.filter((p) => p.revision)).toHaveLength(1);
  });

  it('has the sourced Beijing services-trade values and no invented years', () => {
    const trade = stats.figures.filter((f) => f.topic === 'services-trade' && f.unit !== 'percent');
    expect(Object.fromEntries(trade.map((f) => [f.id, `${f.period} ${f.value} ${f.unit}`]))).toEqual({
      'services-trade-seed': '2019 1.1 cny-trillion',
      'services-trade-2003': '2003 16.2 usd-billion',
      'services-trade-2018': '2018 160.62 usd-billion',
      'services-trade-2019': '2019 1.1 cny-trillion',
      'services-trade-2023': '2023 153.5 usd-billion',
    });
  });

  it('breaks the FTZ down as zones.geojson does: 119.68 = 31.85 + 48.34 + 39.49, with the 1.05 km² gap', () => {
    const ftz = stats.ftz_areas;
    expect(ftz.total_km2).toBe(119.68);
    expect(ftz.areas.map((a) => a.area_km2)).toEqual([31.85, 48.34, 39.49]);
    const zoneById = new Map(zones.features.map((f) => [f.properties.id, f.properties]));
    for (const area of ftz.areas) {
      expect(zoneById.get(area.zone_id)?.official_area_km2).toBe(area.area_km2);
      for (const part of area.parts) {
        expect(zoneById.get(part.zone_id)?.parent).toBe(area.zone_id);
        expect(zoneById.get(part.zone_id)?.official_area_km2).toBe(part.area_km2);
      }
    }
    const business = ftz.areas.find((a) => a.zone_id === 'international-business-services-area')!;
    expect(business.unexplained?.area_km2).toBe(1.05);
    expect(business.unexplained?.status).toBe('derived');
  });

  it('has the best-practice cases by group, 16 + 17 + 25 + 25 = 83, groups 2 and 3 derived', () => {
    const { groups, total_cases, pilot_regions, highlights } = stats.best_practice;
    expect(groups.map((g) => [g.group, g.cases, g.status])).toEqual([
      [1, 16, 'confirmed'],
      [2, 17, 'derived'],
      [3, 25, 'derived'],
      [4, 25, 'confirmed'],
    ]);
    expect(total_cases).toBe(83);
    expect(pilot_regions).toBe(28);
    expect(highlights).toHaveLength(5);
    expect(highlights.flatMap((h) => h.examples.map((e) => e.city_en))).toEqual([
      'Guangzhou',
      'Beijing',
      'Xiamen',
      "Xi'an",
      'Shanghai',
      'Hangzhou',
      'Shenzhen',
      'Chongqing',
    ]);
  });

  it('has the Shunyi "3+7+N" model: three parks and the same seven sectors as the zone in zones.geojson', () => {
    const zone = zones.features.find((f) => f.properties.id === 'shunyi-demonstration-zone')!.properties;
    expect(stats.shunyi_model.parks).toHaveLength(3);
    expect(stats.shunyi_model.sectors.map((s) => s.name_en)).toEqual(zone.sectors_en);
    expect(stats.shunyi_model.sectors.map((s) => s.name_zh)).toEqual(zone.sectors_zh);
  });

  it('links figures only to zones that exist', () => {
    const linked = [
      ...stats.figures.flatMap((f) => (f.zone_id ? [f.zone_id] : [])),
      stats.shunyi_model.zone_id,
      ...stats.shunyi_model.parks.flatMap((p) => (p.zone_id ? [p.zone_id] : [])),
    ];
    for (const id of linked) expect(zoneIds).toContain(id);
  });
});

describe('data/events.json', () => {
  it('has the milestones of 2020 and 2023 the articles date', () => {
    const dates = events.map((e) => e.date);
    for (const date of [
      '2020-09-04',
      '2020-09-21',
      '2020-09-24',
      '2020-09-27',
      '2020-09-28',
      '2020-10-09',
      '2020-11-02',
      '2023-11-01',
      '2023-11-23',
    ]) {
      expect(dates).toContain(date);
    }
    expect(events.filter((e) => e.date > '2023-12').length).toBeGreaterThanOrEqual(3);
  });

  it('sends the map only to zones that exist, or to points in the Beijing region that say how precise they are', () => {
    const [[west, south], [east, north]] = MAX_BOUNDS;
    for (const { id, place } of events) {
      if (!place) continue;
      if ('zone_ids' in place) {
        for (const zone of place.zone_ids)
          expect({ id, zone, known: zoneIds.has(zone) }).toMatchObject({ known: true });
      } else {
        const [lon, lat] = place.lnglat;
        expect(lon > west && lon < east && lat > south && lat < north).toBe(true);
        expect(place.location.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('data/pilot-regions.geojson and data/provinces.geojson', () => {
  it('has the 28 pilot regions, each labelled approximate and inside its own province', () => {
    expect(pilot.features).toHaveLength(28);
    for (const region of pilot.features) {
      const province = provinces.features.find((p) => p.properties.name === region.properties.province);
      expect({ id: region.properties.id, province: !!province }).toEqual({ id: region.properties.id, province: true });
      const inside = geoContains(province as GeoJSON.Feature, region.geometry.coordinates);
      expect({ id: region.properties.id, inside }).toEqual({ id: region.properties.id, inside: true });
      expect(region.properties.location).toMatch(/approximate/);
    }
  });

  it('has the 34 provincial-level divisions wound the way d3-geo expects (each smaller than a hemisphere)', () => {
    expect(provinces.features).toHaveLength(34);
    for (const province of provinces.features) expect(geoArea(province as GeoJSON.Feature)).toBeLessThan(2 * Math.PI);
  });

  it.skipIf(!existsSync('../shared/geodata'))('is an unchanged copy of the reference provinces file', () => {
    expect(readFileSync('data/provinces.geojson', 'utf8')).toBe(
      readFileSync('../shared/geodata/cn_provinces_ctamap2023_simplified.geojson', 'utf8'),
    );
  });
});

describe('sources', () => {
  const files = {
    'stats.json': read('data/stats.json'),
    'events.json': read('data/events.json'),
    'pilot-regions.geojson': read('data/pilot-regions.geojson'),
  };

  it('are given for every record with a number or a date', () => {
    for (const f of stats.figures) expect(f.source.publisher).toBeTruthy();
    for (const p of stats.series.flatMap((s) => s.points)) expect(p.source.url).toBeTruthy();
    for (const a of stats.ftz_areas.areas) for (const part of [a, ...a.parts]) expect(part.source).toBeTruthy();
    for (const g of stats.best_practice.groups) expect(g.source).toBeTruthy();
    for (const e of events) expect(e.source).toBeTruthy();
    for (const r of pilot.features) expect(r.properties.source).toBeTruthy();
  });

  it.skipIf(!existsSync('../shared/seeds'))('that cite a source article name one that exists', () => {
    for (const [file, json] of Object.entries(files)) {
      for (const { path, source } of sourcesIn(json)) {
        if (!source.url.startsWith('seed:')) continue;
        const seed = source.url.slice('seed:'.length);
        expect({ file, path, seed, exists: existsSync(`../shared/seeds/${seed}`) }).toMatchObject({ exists: true });
      }
    }
  });
});

describe('validation of the statistics files', () => {
  const tamper = (file: string, change: (copy: Record<string, unknown> & { [key: string]: never }) => void) => {
    const copy = structuredClone(read(file));
    change(copy);
    return copy;
  };

  it('names the file, the record and the field of a wrong value', () => {
    const input = tamper('data/stats.json', (c) => ((c as unknown as typeof stats).figures[4]!.value = '39' as never));
    const result = validateStats(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.file).toBe('stats.json');
    expect(result.error.featureId).toBe(stats.figures[4]!.id);
    expect(result.error.field).toBe('value');
    expect(result.error.message).toMatch(/^stats\.json: feature "haidian-technology-companies", field "value": /);
  });

  it('refuses a figure without a source, naming the field', () => {
    const input = tamper(
      'data/stats.json',
      (c) => delete (c as unknown as { figures: { source?: unknown }[] }).figures[0]!.source,
    );
    const result = validateStats(input);
    expect(result.ok ? null : result.error.field).toBe('source');
  });

  it('refuses best-practice groups that do not add up to the total', () => {
    const input = tamper(
      'data/stats.json',
      (c) => ((c as unknown as typeof stats).best_practice.groups[2]!.cases = 24),
    );
    const result = validateStats(input);
    expect(result.ok ? null : result.error.problem).toMatch(/add up to 82, not 83/);
  });

  it('refuses a derived value that does not say how it was derived', () => {
    const input = tamper(
      'data/stats.json',
      (c) => delete (c as unknown as typeof stats).best_practice.groups[1]!.derivation_en,
    );
    const result = validateStats(input);
    expect(result.ok ? null : [result.error.featureId, result.error.field]).toEqual(['group 2', 'derivation_en']);
  });

  it('refuses an event place outside the globe, naming the event', () => {
    const input = tamper('data/events.json', (c) => {
      const withPoint = (c as unknown as { events: { place?: { lnglat?: number[] } }[] }).events.find(
        (e) => e.place?.lnglat,
      )!;
      withPoint.place!.lnglat = [416.4, 39.9];
    });
    const result = validateEvents(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.featureId).toBe('ciftis-2020-announcement');
  });

  it('refuses a pilot region without its precision label', () => {
    const input = tamper('data/pilot-regions.geojson', (c) => {
      delete (c as unknown as { features: { properties: { location?: string } }[] }).features[3]!.properties.location;
    });
    const result = validatePilotRegions(input);
    expect(result.ok ? null : [result.error.featureId, result.error.field]).toEqual(['chongqing', 'location']);
  });
});
