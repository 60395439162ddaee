import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLandmarks, type Landmarks } from '../../src/data/landmarks';
import type { ZoneGeometry } from '../../src/data/schema';
import turfArea from '@turf/area';
import turfCentroid from '@turf/centroid';
import turfDistance from '@turf/distance';
import turfLength from '@turf/length';
import { centroidOf, computeComparisonMetrics, distanceKm, distanceMatrix, perimeterKm } from '../../src/geo/compare';
import { round } from '../../src/geo/round';

/**
 * Golden fixtures (as Turf keeps them): each tests/fixtures/geo/in/<name>.geojson has its metrics in
 * out/<name>.json, rounded to 1 m / 0.0001 km², so a library update that moves a figure by a rounding
 * error does not fail, but a wrong formula does. `REGEN=1 npx vitest run --project unit compareGolden`
 * rewrites the out files; read their diff before committing it.
 */

const root = join(__dirname, '../fixtures/geo');
// Fixed points, not data/landmarks.json: the fixtures must not change when the basemap is rebuilt.
const landmarks: Landmarks = {
  airports: {
    capital: { name_en: 'Capital', name_zh: '首都机场', coordinates: [116.58817, 40.07877] },
    daxing: { name_en: 'Daxing', name_zh: '大兴机场', coordinates: [116.41056, 39.51336] },
  },
  stations: [
    { name_en: '', name_zh: '国贸', coordinates: [116.4609, 39.9087] },
    { name_en: '', name_zh: '国贸', coordinates: [116.4612, 39.9089] },
    { name_en: '', name_zh: '大望路', coordinates: [116.4763, 39.9078] },
    { name_en: '', name_zh: '亦庄桥', coordinates: [116.5072, 39.8007] },
    { name_en: '', name_zh: '三元桥', coordinates: [116.4569, 39.9611] },
  ],
  districts: {},
  source: 'test',
};
const tiananmen: [number, number] = [116.3975, 39.9087];

/** The metrics of a fixture, its area computed as geo/metrics.ts computes every zone's. */
const measure = (geometry: ZoneGeometry) =>
  computeComparisonMetrics(
    { id: 'fixture', geometry, mappedAreaKm2: geometry.type === 'Point' ? 0 : turfArea(geometry) / 1e6 },
    landmarks,
    tiananmen,
  );

function roundedMetrics(geometry: ZoneGeometry) {
  const m = measure(geometry);
  return {
    mappedAreaKm2: round(m.mappedAreaKm2, 4),
    perimeterKm: round(m.perimeterKm, 3),
    centroid: m.centroid.map((c) => round(c, 5)),
    toCapitalAirportKm: round(m.toCapitalAirportKm, 3),
    toDaxingAirportKm: round(m.toDaxingAirportKm, 3),
    toTiananmenKm: round(m.toTiananmenKm, 3),
    nearestStations: m.nearestStations.map((s) => ({ name_zh: s.name_zh, distanceKm: round(s.distanceKm, 3) })),
  };
}

const inputs = readdirSync(join(root, 'in')).filter((file) => file.endsWith('.geojson'));

describe('comparison metrics against golden fixtures', () => {
  for (const file of inputs) {
    it(file, () => {
      const feature = JSON.parse(readFileSync(join(root, 'in', file), 'utf8')) as { geometry: ZoneGeometry };
      const actual = roundedMetrics(feature.geometry);
      const out = join(root, 'out', `${basename(file, '.geojson')}.json`);
      if (process.env['REGEN']) {
        mkdirSync(join(root, 'out'), { recursive: true });
        writeFileSync(out, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(out, 'utf8')));
    });
  }

  it('has fixtures to compare', () => expect(inputs.length).toBeGreaterThanOrEqual(4));
});

describe('the figures make sense on their own', () => {
  const read = (name: string) =>
    (JSON.parse(readFileSync(join(root, 'in', `${name}.geojson`), 'utf8')) as { geometry: ZoneGeometry }).geometry;

  it('measures a 1 km square as about 1 km² with a 4 km perimeter', () => {
    const m = measure(read('square-1km'));
    expect(m.mappedAreaKm2).toBeCloseTo(1, 2);
    expect(m.perimeterKm).toBeCloseTo(4, 1);
  });

  it('counts a hole in the perimeter and not in the area', () => {
    const m = measure(read('polygon-with-hole'));
    expect(m.mappedAreaKm2).toBeCloseTo(3, 1);
    expect(m.perimeterKm).toBeCloseTo(12, 1);
  });

  it('lists each station once, nearest first', () => {
    const m = measure(read('square-1km'));
    expect(m.nearestStations.map((s) => s.name_zh)).toEqual(['国贸', '大望路', '三元桥']);
  });

  it('gives a symmetric distance matrix with zeros on the diagonal', () => {
    const matrix = distanceMatrix([tiananmen, landmarks.airports.capital.coordinates]);
    expect(matrix[0]![0]).toBe(0);
    expect(matrix[0]![1]).toBeCloseTo(matrix[1]![0]!, 9);
    // Tiananmen to Capital Airport is about 25 km as the crow flies.
    expect(matrix[0]![1]).toBeGreaterThan(23);
    expect(matrix[0]![1]).toBeLessThan(27);
  });
});

describe('data/landmarks.json', () => {
  it('reads with both airports and the subway stations', () => {
    const landmarks = readLandmarks(JSON.parse(readFileSync(join(__dirname, '../../data/landmarks.json'), 'utf8')));
    expect(landmarks?.airports.capital.name_zh).toBe('北京首都国际机场');
    expect(landmarks?.airports.daxing.name_zh).toBe('北京大兴国际机场');
    expect(landmarks!.stations.length).toBeGreaterThan(300);
    expect(landmarks?.districts['Chaoyang']).toBe('朝阳区');
  });

  it('refuses a file without airports, and skips a broken station', () => {
    expect(readLandmarks({ stations: [] })).toBeNull();
    const airports = { capital: landmarks.airports.capital, daxing: landmarks.airports.daxing };
    const read = readLandmarks({
      airports,
      stations: [{ name_zh: '坏', coordinates: ['x', 1] }, landmarks.stations[0]],
    });
    expect(read?.stations).toHaveLength(1);
  });
});

describe('the written-out formulas agree with Turf', () => {
  const geometries = inputs.map(
    (file) => (JSON.parse(readFileSync(join(root, 'in', file), 'utf8')) as { geometry: ZoneGeometry }).geometry,
  );

  it('distance equals @turf/distance', () => {
    for (const [from, to] of [
      [tiananmen, landmarks.airports.capital.coordinates],
      [landmarks.airports.daxing.coordinates, landmarks.airports.capital.coordinates],
    ] as [[number, number], [number, number]][]) {
      expect(distanceKm(from, to)).toBeCloseTo(turfDistance(from, to, { units: 'kilometers' }), 9);
    }
  });

  it('perimeter equals @turf/length of the rings, centroid equals @turf/centroid', () => {
    for (const geometry of geometries.filter((g) => g.type !== 'Point')) {
      const rings =
        geometry.type === 'Polygon' ? geometry.coordinates : (geometry.coordinates as number[][][][]).flat();
      const length = rings.reduce(
        (sum, ring) =>
          sum + turfLength({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: ring } }),
        0,
      );
      expect(perimeterKm(geometry)).toBeCloseTo(length, 9);
      const [lng, lat] = turfCentroid(geometry).geometry.coordinates;
      expect(centroidOf(geometry)[0]).toBeCloseTo(lng!, 9);
      expect(centroidOf(geometry)[1]).toBeCloseTo(lat!, 9);
    }
  });
});
