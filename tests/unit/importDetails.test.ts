import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/import/limits';
import { runImport } from '../../src/import/pipeline';
import type { Datum, ImportOutcome } from '../../src/import/types';

const NOW = '2026-11-23T12:00:00.000Z';
const bytesOf = (buffer: Buffer): ArrayBuffer =>
  buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
const fixture = (path: string, datum: Datum = 'wgs84') =>
  runImport(bytesOf(readFileSync(`tests/fixtures/import/${path}`)), path.split('/')[1]!, datum, NOW);
const fromText = (value: string, name = 'generated.geojson') =>
  runImport(bytesOf(Buffer.from(value)), name, 'wgs84', NOW);
const accepted = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.message.en}`);
  return outcome;
};
const codeOf = (outcome: ImportOutcome) => (outcome.ok ? 'accepted' : outcome.code);
const square = (lon: number, lat: number, size = 0.01): Position[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
/** The distinct corners of a ring, rounded, sorted: compares rings whatever their start and direction. */
const corners = (ring: Position[], digits = 6) =>
  ring
    .slice(0, -1)
    .map((p) => p.map((v) => v.toFixed(digits)).join(','))
    .sort();

describe('hostile text stays text', () => {
  it('keeps HTML and javascript: verbatim as strings', async () => {
    const [feature] = accepted(await fixture('injection/script-in-properties.geojson')).features;
    expect(feature!.name).toBe('<script>alert(1)</script>');
    expect({ ...feature!.properties }).toEqual({
      name: '<script>alert(1)</script>',
      description: '<img src=x onerror="alert(1)">',
      link: 'javascript:alert(1)',
      style: '</style><svg onload=alert(1)>',
    });
  });

  it('treats __proto__ and constructor as plain keys and pollutes nothing, even after structured clone', async () => {
    const [feature] = accepted(await fixture('injection/proto-keys.geojson')).features;
    const properties = feature!.properties;
    expect(Object.getPrototypeOf(properties)).toBe(null);
    expect(Object.keys(properties).sort()).toEqual(['__proto__', 'constructor', 'name']);
    expect(properties['__proto__']).toBe('{"polluted":"yes"}');
    expect(properties['constructor']).toBe('{"prototype":{"polluted":"yes"}}');
    // What the page receives from the worker is a structured clone.
    const cloned = structuredClone(feature!);
    expect(Object.keys(cloned.properties).sort()).toEqual(['__proto__', 'constructor', 'name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps names and values', async () => {
    const [feature] = accepted(await fixture('injection/long-strings.geojson')).features;
    expect(feature!.name.length).toBe(LIMITS.nameLength);
    expect(feature!.properties.notes!.length).toBe(LIMITS.valueLength);
    expect(feature!.properties.notes!.endsWith('…')).toBe(true);
  });

  it('keeps a KML description with HTML as text', async () => {
    const [feature] = accepted(await fixture('injection/html-in-kml.kml')).features;
    expect(feature!.name).toBe('<b>bold</b>');
    expect(feature!.properties.description).toContain('<img src=x onerror="alert(1)">');
  });
});

describe('coordinates', () => {
  it('turns the GCJ-02 sample back into the WGS84 square it came from (within 1e-7°, about 1 cm)', async () => {
    const [feature] = accepted(await fixture('good/gcj02-sample.geojson', 'gcj02')).features;
    const ring = (feature!.geometry.coordinates as Position[][])[0]!;
    expect(corners(ring, 7)).toEqual(corners(square(116.45, 39.9), 7));
  });

  it('reprojects the CGCS2000 Gauss–Krüger shapefile to the squares it was made from (within 1e-6°)', async () => {
    const outcome = accepted(await fixture('good/parcels-cgcs2000-gk.zip'));
    const rings = outcome.features.map((f) => (f.geometry.coordinates as Position[][])[0]!);
    expect(rings.map((ring) => corners(ring))).toEqual([corners(square(116.45, 39.9)), corners(square(116.47, 39.9))]);
    expect(outcome.features.map((f) => f.name)).toEqual(['地块一', 'Parcel two']);
    expect(outcome.features[0]!.properties.code).toBe('A-01');
  });

  it('reads the KML MultiGeometry as one MultiPolygon', async () => {
    const { features } = accepted(await fixture('good/zones.kml'));
    expect(features.map((f) => [f.name, f.geometry.type])).toEqual([
      ['KML block', 'Polygon'],
      ['Two parts', 'MultiPolygon'],
    ]);
  });
});

describe('names and ids', () => {
  it('names features from name, title or 名称, else the file name and a number', async () => {
    expect(accepted(await fixture('good/polygon.geojson')).features.map((f) => f.name)).toEqual([
      'CBD block',
      '国贸地块',
    ]);
    expect(accepted(await fixture('good/multipolygon-with-hole.geojson')).features[0]!.name).toBe(
      'Two parts, one with a hole',
    );
    expect(accepted(await fixture('good/bare-geometry.geojson')).features[0]!.name).toBe('bare-geometry 1');
  });

  it('gives the same ids on every import, and distinct ids to identical features', async () => {
    const first = accepted(await fixture('good/polygon.geojson')).features.map((f) => f.id);
    const second = accepted(await fixture('good/polygon.geojson')).features.map((f) => f.id);
    expect(second).toEqual(first);
    const twice = JSON.stringify({
      type: 'FeatureCollection',
      features: [0, 1].map(() => ({
        type: 'Feature',
        properties: { name: 'Same' },
        geometry: { type: 'Polygon', coordinates: [square(116.45, 39.9)] },
      })),
    });
    const ids = accepted(await fromText(twice)).features.map((f) => f.id);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });
});

describe('limits (inputs generated here, not committed)', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const outcome = await runImport(new ArrayBuffer(LIMITS.fileBytes + 1), 'big.geojson', 'wgs84', NOW);
    expect(codeOf(outcome)).toBe('file-too-large');
    expect(outcome.ok || outcome.message.en).toContain('64 MB');
  });

  it('refuses a ring of 1,000,000 vertices, naming the limit', async () => {
    // The length is checked before the positions, so short positions keep the text (and the test) small.
    const outcome = await fromText(`{"type":"Polygon","coordinates":[[${Array(1_000_000).fill('[1,2]').join(',')}]]}`);
    expect(codeOf(outcome)).toBe('ring-too-large');
    expect(outcome.ok || outcome.message.en).toContain('500,000');
  }, 60_000); // JSON.parse of 24 MB takes seconds on a loaded two-core machine

  it(`refuses more than ${LIMITS.features.toLocaleString('en-US')} polygons`, async () => {
    const feature = `{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]}}`;
    const outcome = await fromText(
      `{"type":"FeatureCollection","features":[${Array(LIMITS.features + 1)
        .fill(feature)
        .join(',')}]}`,
    );
    expect(codeOf(outcome)).toBe('too-many-features');
  }, 60_000);

  it(`refuses more than ${LIMITS.totalVertices.toLocaleString('en-US')} vertices in all`, async () => {
    // The perimeter of a 100° × 80° box in whole degrees: 360 distinct vertices per ring.
    const ring: string[] = [];
    for (let i = 0; i < 100; i++) ring.push(`[${i},0]`);
    for (let i = 0; i < 80; i++) ring.push(`[100,${i}]`);
    for (let i = 100; i > 0; i--) ring.push(`[${i},80]`);
    for (let i = 80; i > 0; i--) ring.push(`[0,${i}]`);
    ring.push('[0,0]');
    const polygon = `[[${ring.join(',')}]]`;
    const count = Math.ceil(LIMITS.totalVertices / (ring.length - 1)) + 1;
    const outcome = await fromText(`{"type":"MultiPolygon","coordinates":[${Array(count).fill(polygon).join(',')}]}`);
    expect(codeOf(outcome)).toBe('too-many-vertices');
  }, 60_000);

  it('survives nesting far deeper than the limit in properties too', async () => {
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const outcome = await fromText(
      `{"type":"Feature","properties":${deep},"geometry":{"type":"Polygon","coordinates":[${JSON.stringify(square(116.45, 39.9))}]}}`,
    );
    expect(codeOf(outcome)).toBe('too-deep');
  });
});
