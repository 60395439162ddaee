import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_ORDER } from '../../src/color/palette';
import { validateZones } from '../../src/data/validate.lazy';
import { kindCounts } from '../../src/features/explore/layers';
import { activeAfterArrow } from '../../src/features/explore/search';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;

describe('kindCounts: the layers panel’s zone switches', () => {
  it('has one entry per kind in the data, in KIND_ORDER, counting every zone once', () => {
    const counts = kindCounts(zones);
    const kinds = counts.map((entry) => entry.kind);
    expect(new Set(kinds)).toEqual(new Set(zones.features.map((zone) => zone.properties.kind)));
    expect(kinds).toEqual(KIND_ORDER.filter((kind) => kinds.includes(kind)));
    expect(counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(zones.features.length);
    for (const { kind, count } of counts) {
      expect(count, kind).toBe(zones.features.filter((zone) => zone.properties.kind === kind).length);
    }
  });
});

describe('activeAfterArrow: the search suggestion the arrows highlight', () => {
  it('moves down and up, wrapping round at either end', () => {
    expect(activeAfterArrow(0, 1, 3, true)).toBe(1);
    expect(activeAfterArrow(2, 1, 3, true)).toBe(0);
    expect(activeAfterArrow(0, -1, 3, true)).toBe(2);
    expect(activeAfterArrow(-1, -1, 3, true)).toBe(1);
  });

  it('opens a closed list at the first suggestion with Down', () => {
    expect(activeAfterArrow(2, 1, 3, false)).toBe(0);
    expect(activeAfterArrow(-1, -1, 3, false)).toBe(1);
  });
});
