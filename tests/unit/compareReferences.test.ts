import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLandmarks, type Landmarks } from '../../src/data/landmarks';
import type { ZoneCollection } from '../../src/data/schema';
import { validateNationalFtz } from '../../src/data/validateStats';
import { createComparisonCache } from '../../src/geo/compare';
import { computeZoneMetrics } from '../../src/geo/metrics';
import { comparisonCsv } from '../../src/features/compare/compareExport';
import { buildComparison } from '../../src/features/compare/compareModel';
import { referenceChoices, referenceRows, referenceScope } from '../../src/features/compare/compareReferences';

/** The comparison's reference rows: other FTZs (or their areas) by their published figure, no outline. */

const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as ZoneCollection;
const landmarks = readLandmarks(JSON.parse(readFileSync('data/landmarks.json', 'utf8'))) as Landmarks;
const metrics = computeZoneMetrics(zones);
const measure = createComparisonCache(landmarks, [116.3975, 39.9087]);
const checked = validateNationalFtz(JSON.parse(readFileSync('data/national-ftz.json', 'utf8')));
if (!checked.ok) throw checked.error;
const national = checked.value;
const comparison = buildComparison(['cbd-part'], zones, metrics, measure);

describe('reference rows', () => {
  it('finds an FTZ and an area by their link ids, in order, and skips unknown ones', () => {
    const rows = referenceRows(['shanghai.lingang', 'atlantis', 'shanghai', 'shanghai.nowhere'], national, comparison);
    expect(rows.map((r) => [r.ref, r.figure.km2])).toEqual([
      ['shanghai.lingang', 119.5],
      ['shanghai', 240.22],
    ]);
    expect(referenceRows(['shanghai'], null, comparison)).toEqual([]);
  });

  it('sets each against the first compared zone by published area, with its batch, areas and sources', () => {
    const [shanghai] = referenceRows(['shanghai'], national, comparison);
    const cbd = zones.features.find((f) => f.properties.id === 'cbd-part')!.properties.official_area_km2!;
    expect(shanghai!.ratio).toBeCloseTo(240.22 / cbd, 6);
    expect(referenceScope(shanghai!, 'en')).toBe('Reference, no outline: approved 2013, 5 areas; area confirmed');
    expect(shanghai!.sources.map((s) => s.id)).toEqual(shanghai!.figure.sources);
    expect(shanghai!.sources.length).toBeGreaterThan(0);
  });

  it('shows an unverified area as not published, with no ratio', () => {
    const [xiongan] = referenceRows(['hebei.xiongan'], national, comparison);
    expect([xiongan!.figure.km2, xiongan!.ratio]).toEqual([null, null]);
    expect(referenceScope(xiongan!, 'zh')).toContain('面积未公布');
  });

  it('writes them into the CSV after the zones, marked ref:, with their sources’ addresses', () => {
    const rows = referenceRows(['shanghai', 'shanghai.lingang'], national, comparison);
    const lines = comparisonCsv(comparison, landmarks, 'en', rows).split('\r\n');
    expect(lines[1]).toMatch(/^cbd-part,/);
    expect(lines[2]).toMatch(/^ref:shanghai,China \(Shanghai\) Pilot FTZ,中国（上海）自由贸易试验区,240\.22,/);
    expect(lines[2]).toContain('none (reference)');
    expect(lines[2]).toMatch(/\[S18\] Shanghai Municipal Government Information Office, 2016-10-14, https:\/\//);
    expect(lines[3]).toMatch(/^ref:shanghai\.lingang,.*,119\.5,/);
  });

  it('offers every FTZ and each of its areas to choose from', () => {
    const choices = referenceChoices(national, 'en');
    expect(choices).toHaveLength(22);
    const values = choices.flatMap((g) => g.options.map((o) => o.value));
    expect(values).toContain('shanghai.lingang');
    expect(values.filter((v) => !v.includes('.'))).toHaveLength(22);
  });
});
