import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import turfArea from '@turf/area';
import { describe, expect, it } from 'vitest';
import { round } from '../../src/geo/round';
import { anchorOf, moveTrueSize, stepPoint, type AreaGeometry } from '../../src/geo/trueSize';

/**
 * Golden fixtures for the true-size move, beside the comparison's (compareGolden.test.ts): each polygon
 * of tests/fixtures/geo/in/ moved 30 km north, to Haikou and to Mohe, with its area, rings and moved
 * vertices in out/true-size/<name>.json, rounded to 1e-6° and 0.0001 km². `REGEN=1` rewrites them.
 */
const root = join(__dirname, '../fixtures/geo');
const TARGETS = {
  north30km: (anchor: [number, number]) => stepPoint(anchor, 30, 0),
  haikou: () => [110.33, 20.03] as [number, number],
  mohe: () => [122.53, 52.97] as [number, number],
};

const rounded = (geometry: AreaGeometry) => {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lng = 0, lat = 0]) => [round(lng, 6), round(lat, 6)])));
};

function golden(geometry: AreaGeometry) {
  const anchor = anchorOf(geometry);
  const areaKm2 = turfArea(geometry) / 1e6;
  return {
    areaKm2: round(areaKm2, 4),
    anchor: anchor.map((c) => round(c, 6)),
    moves: Object.fromEntries(
      Object.entries(TARGETS).map(([name, target]) => {
        const moved = moveTrueSize(geometry, anchor, target(anchor));
        const movedArea = turfArea(moved) / 1e6;
        return [
          name,
          {
            areaKm2: round(movedArea, 4),
            areaChangePercent: round((movedArea / areaKm2 - 1) * 100, 4),
            polygons: rounded(moved),
          },
        ];
      }),
    ),
  };
}

const inputs = readdirSync(join(root, 'in')).filter((file) => file.endsWith('.geojson'));
const polygons = inputs
  .map((file) => ({
    file,
    geometry: (JSON.parse(readFileSync(join(root, 'in', file), 'utf8')) as { geometry: { type: string } }).geometry,
  }))
  .filter(({ geometry }) => geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') as {
  file: string;
  geometry: AreaGeometry;
}[];

describe('true-size move against golden fixtures', () => {
  for (const { file, geometry } of polygons) {
    it(file, () => {
      const actual = golden(geometry);
      const out = join(root, 'out', 'true-size', `${basename(file, '.geojson')}.json`);
      if (process.env['REGEN']) {
        mkdirSync(join(root, 'out', 'true-size'), { recursive: true });
        writeFileSync(out, `${JSON.stringify(actual)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(out, 'utf8')));
      // The rule the fixtures pin: wherever it goes, the area stays within 0.5%.
      for (const move of Object.values(actual.moves)) expect(Math.abs(move.areaChangePercent)).toBeLessThan(0.5);
    });
  }

  it('has polygons to move, one with a hole', () => {
    expect(polygons.length).toBeGreaterThanOrEqual(3);
    expect(polygons.some(({ geometry }) => geometry.type === 'Polygon' && geometry.coordinates.length > 1)).toBe(true);
  });
});
