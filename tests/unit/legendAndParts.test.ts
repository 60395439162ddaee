import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colorScale, zoneColors } from '../../src/color/palette';
import type { ZoneCollection } from '../../src/data/schema';
import { validateZones } from '../../src/data/validate.lazy';
import { computeZoneMetrics } from '../../src/geo/metrics';
import { summarizeParts } from '../../src/geo/parts';
import { legendEntries } from '../../src/color/legend';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const metrics = computeZoneMetrics(zones);

describe('legendEntries', () => {
  it('has exactly the colours the map paints, taken from the shared scale', () => {
    const entries = legendEntries(zones, 'en');
    expect(new Set(entries.map((e) => e.color))).toEqual(new Set(zoneColors(zones).values()));
    for (const entry of entries) expect(entry.color).toBe(colorScale(entry.key));
  });

  it('names an FTZ area’s colour after the area, in the chosen language', () => {
    const en = legendEntries(zones, 'en').find((e) => e.key === 'high-end-industry-area');
    const zh = legendEntries(zones, 'zh').find((e) => e.key === 'high-end-industry-area');
    expect(en?.label).toBe('High-end Industry Area');
    expect(zh?.label).toBe('高端产业片区');
  });

  it('names other colours after their kind, and follows new kinds in the data', () => {
    const template = zones.features[0]!;
    const withPark: ZoneCollection = {
      ...zones,
      features: [
        ...zones.features,
        { ...template, properties: { ...template.properties, id: 'some-park', kind: 'demo-park', parent: null } },
      ],
    };
    const park = legendEntries(withPark, 'en').find((e) => e.key === 'demo-park');
    expect(park).toEqual({ key: 'demo-park', color: colorScale('demo-park'), label: 'Demonstration-zone park' });
  });
});

describe('summarizeParts', () => {
  it('adds up the International Business Services Area and reports the unexplained 1.05 km²', () => {
    const summary = summarizeParts('international-business-services-area', zones, metrics)!;
    expect(summary.parts.map((p) => p.id)).toEqual([
      'capital-airport-part',
      'cbd-part',
      'jinzhan-part',
      'canal-zhangjiawan-part',
    ]);
    expect(summary.publishedSumKm2).toBe(47.29);
    expect(summary.officialKm2).toBe(48.34);
    expect(summary.gapKm2).toBe(1.05);
    expect(summary.mappedSumKm2).toBeCloseTo(47.29, 1);
  });

  it('finds that the Sci-Tech Innovation Area’s parts add up exactly', () => {
    const summary = summarizeParts('sci-tech-innovation-area', zones, metrics)!;
    expect(summary.publishedSumKm2).toBe(31.85);
    expect(summary.gapKm2).toBe(0);
  });

  it('gives no sum when a part has no published area, and counts those parts', () => {
    const summary = summarizeParts('high-end-industry-area', zones, metrics)!;
    expect(summary.publishedSumKm2).toBeNull();
    expect(summary.gapKm2).toBeNull();
    expect(summary.unpublishedCount).toBe(2);
  });

  it('returns null for a zone without parts or an unknown id', () => {
    expect(summarizeParts('cbd-part', zones, metrics)).toBeNull();
    // The Tianzhu bonded zone lies inside the airport part but is not one of its parts.
    expect(summarizeParts('capital-airport-part', zones, metrics)).toBeNull();
    expect(summarizeParts('nowhere', zones, metrics)).toBeNull();
  });
});
