import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapDistricts } from '../../scripts/build-zones.mjs';
import { checkZones, type ZoneCollectionInput } from '../../scripts/zones/checks.mjs';

const fixture = (name: string): ZoneCollectionInput =>
  JSON.parse(readFileSync(`tests/fixtures/${name}.geojson`, 'utf8'));
const bundled: ZoneCollectionInput = JSON.parse(readFileSync('data/zones.geojson', 'utf8'));
const rulesBroken = (collection: ZoneCollectionInput, options?: Parameters<typeof checkZones>[1]) =>
  checkZones(collection, options).map((p) => `${p.id}: ${p.rule}`);

describe('checkZones on named bad fixtures', () => {
  it.each([
    ['zones-part-outside-parent', ['part: outside-parent']],
    ['zones-overlapping-parts', ['part-a: overlap']],
    ['zones-bowtie-ring', ['bowtie: invalid-geometry']],
    ['zones-area-mismatch', ['area: area-mismatch']],
    ['zones-parts-exceed-parent', ['area: parts-exceed-parent']],
    ['zones-swapped-lon-lat', ['swapped: outside-region']],
  ])('%s breaks exactly the rule it was made to break', (name, expected) => {
    expect(rulesBroken(fixture(name))).toEqual(expected);
  });

  it('explains an area mismatch with both figures', () => {
    const [problem] = checkZones(fixture('zones-area-mismatch'));
    expect(problem?.message).toMatch(/outline 11\.38 km² vs official 20 km²/);
  });
});

// Each case runs every geometry rule on the whole file (turf intersections): about 1.5 s alone, but
// several times that when the machine is shared, so these get more than the default 5 s.
describe('checkZones on changes to the bundled zones', { timeout: 30_000 }, () => {
  const districts = basemapDistricts();
  const moved = (id: string, dLon: number, dLat: number): ZoneCollectionInput => {
    const copy = structuredClone(bundled);
    const feature = copy.features.find((f) => f.properties.id === id)!;
    const shift = (p: number[]) => [p[0]! + dLon, p[1]! + dLat];
    const g = feature.geometry;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map((ring) => ring.map(shift));
    return copy;
  };

  it('refuses the capital-airport part moved onto the airport, a Chaoyang exclave', () => {
    const problems = rulesBroken(moved('capital-airport-part', 0.02, -0.02), { districts });
    expect(problems).toContain('capital-airport-part: outside-district');
    // Its bonded zone and exhibition centre are left behind, outside it.
    expect(problems).toContain('tianzhu-comprehensive-bonded-zone: outside-parent');
  });

  it('refuses the CBD part pushed into its neighbour, the Jinzhan part', () => {
    expect(rulesBroken(moved('cbd-part', 0.1, 0.08))).toContain('cbd-part: overlap');
  });

  it('lets a zone share the outline it declares, but not a neighbour’s', () => {
    expect(rulesBroken(bundled)).toEqual([]);
    const copy = structuredClone(bundled);
    const lize = copy.features.find((f) => f.properties.id === 'lize-financial-business-district')!;
    lize.geometry = copy.features.find((f) => f.properties.id === 'financial-street')!.geometry;
    expect(rulesBroken(copy)).toContain('financial-street: overlap');
  });
});
