import { readFileSync } from 'node:fs';
import turfArea from '@turf/area';
import { describe, expect, it } from 'vitest';
import { buildZones } from '../../scripts/build-zones.mjs';
import { validateZones } from '../../src/data/validate';
import type { ZoneFeature } from '../../src/data/schema';

const collection = JSON.parse(readFileSync('data/zones.geojson', 'utf8'));
const result = validateZones(collection);
if (!result.ok) throw result.error;
const zones = result.value.features;
const byId = new Map(zones.map((f) => [f.properties.id, f]));
const mappedKm2 = (f: ZoneFeature) => turfArea(f.geometry as GeoJSON.Geometry) / 1e6;

describe('data/zones.geojson', () => {
  it('is exactly what scripts/build-zones.mjs produces (no hand edits drift from the spec)', () => {
    expect(collection).toEqual(JSON.parse(JSON.stringify(buildZones())));
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

  it('draws every outline within ±5% of its official area', () => {
    for (const zone of zones.filter((f) => f.properties.official_area_km2 !== null && f.geometry.type !== 'Point')) {
      const ratio = mappedKm2(zone) / zone.properties.official_area_km2!;
      expect({ id: zone.properties.id, ok: Math.abs(ratio - 1) <= 0.05 }).toEqual({ id: zone.properties.id, ok: true });
    }
  });

  it('says that every outline is an approximation', () => {
    for (const zone of zones) expect(['approximate', 'indicative', 'point']).toContain(zone.properties.outline);
  });

  it('gives every part a parent that exists', () => {
    for (const part of zones.filter((f) => f.properties.kind === 'ftz-part')) {
      expect(byId.has(part.properties.parent!)).toBe(true);
    }
  });

  it('keeps every coordinate inside the Beijing region (no GCJ-02 or swapped lon/lat)', () => {
    const coords = zones.flatMap((f) =>
      JSON.stringify(f.geometry.coordinates)
        .match(/-?\d+\.?\d*/g)!
        .map(Number),
    );
    for (let i = 0; i < coords.length; i += 2) {
      expect(coords[i]).toBeGreaterThan(115.4);
      expect(coords[i]).toBeLessThan(117.6);
      expect(coords[i + 1]).toBeGreaterThan(39.4);
      expect(coords[i + 1]).toBeLessThan(41.1);
    }
  });
});
