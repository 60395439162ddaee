import { readdirSync, readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/pipeline';
import {
  noteMessage,
  REFUSAL_CODES,
  refusalMessage,
  type NoteCode,
  type RefusalCode,
} from '../../src/import/importMessages';
import type { Datum, ImportOutcome, UserFeature } from '../../src/import/types';
import { ZONE_ID } from '../../src/state/vocabulary';
import { IMPORT_ACCEPT } from '../../src/features/sites/siteList';

const ROOT = 'tests/fixtures/import';
const NOW = '2026-11-23T12:00:00.000Z';

/** Every committed fixture and what it must give: a refusal code, or features and repair notes (English). */
const TABLE: Record<string, string | { features: number; notes?: RegExp[]; datum?: Datum }> = {
  'good/polygon.geojson': { features: 2 },
  'good/multipolygon-with-hole.geojson': { features: 1 },
  'good/single-feature.geojson': { features: 1 },
  'good/bare-geometry.geojson': { features: 1 },
  'good/zones.kml': { features: 2 },
  'good/zones.kmz': { features: 1 },
  'good/parcels-wgs84.zip': { features: 2 },
  'good/parcels-cgcs2000-gk.zip': { features: 2, notes: [/^Reprojected/] },
  'good/gcj02-sample.geojson': { features: 1, notes: [/^Converted 1 polygon from GCJ-02/], datum: 'gcj02' },
  'repaired/bom.geojson': { features: 1, notes: [/byte-order mark/] },
  'repaired/unclosed-ring.geojson': { features: 1, notes: [/^Closed 1 ring /] },
  'repaired/clockwise-outer-ring.geojson': { features: 1, notes: [/^Rewound 1 ring /] },
  'repaired/duplicate-vertices.geojson': { features: 1, notes: [/^Dropped 2 repeated consecutive vertices/] },
  'repaired/3d-coordinates.geojson': { features: 1, notes: [/height .* of 5 vertices/] },
  'repaired/kml-with-altitude.kml': { features: 1, notes: [/height .* of 5 vertices/] },
  'repaired/self-intersecting.geojson': { features: 1, notes: [/^Warning: 1 polygon crosses itself/] },
  'repaired/mixed-points-and-polygons.geojson': { features: 1, notes: [/^Skipped 2 features that are not areas/] },
  'repaired/some-null-geometry.geojson': { features: 1, notes: [/^Skipped 1 feature with no geometry/] },
  'repaired/some-empty-polygons.geojson': { features: 1, notes: [/^Skipped 1 feature with empty/] },
  'repaired/many-properties.geojson': { features: 1, notes: [/dropped 51\.$/] },
  'injection/script-in-properties.geojson': { features: 1 },
  'injection/proto-keys.geojson': { features: 1 },
  'injection/long-strings.geojson': { features: 1, notes: [/^Shortened 2 property values to 1,000/] },
  'injection/html-in-kml.kml': { features: 1 },
  'bad/empty.geojson': 'empty-file',
  'bad/whitespace-only.geojson': 'empty-file',
  'bad/not-json.geojson': 'not-json',
  'bad/trailing-comma.geojson': 'not-json',
  'bad/truncated.geojson': 'truncated-json',
  'bad/utf16.geojson': 'not-utf8',
  'bad/invalid-utf8.geojson': 'invalid-utf8',
  'bad/not-geojson.geojson': 'not-geojson',
  'bad/json-array.geojson': 'not-geojson',
  'bad/empty-feature-collection.geojson': 'no-features',
  'bad/null-geometry.geojson': 'null-geometry',
  'bad/geometry-collection.geojson': 'geometry-collection',
  'bad/only-points.geojson': 'no-polygons',
  'bad/only-lines.geojson': 'no-polygons',
  'bad/all-empty-polygons.geojson': 'no-polygons',
  'bad/ring-too-short.geojson': 'ring-too-short',
  'bad/coordinates-as-strings.geojson': 'coordinates-not-numbers',
  'bad/coordinates-not-arrays.geojson': 'invalid-geometry',
  'bad/unknown-geometry-type.geojson': 'invalid-geometry',
  'bad/nan-infinity.geojson': 'non-finite-number',
  'bad/huge-exponent.geojson': 'non-finite-number',
  'bad/latitude-over-90.geojson': 'coordinates-out-of-range',
  'bad/swapped-lat-lon.geojson': 'coordinates-out-of-range',
  'bad/projected-metres.geojson': 'projected-coordinates',
  'bad/web-mercator-metres.geojson': 'projected-coordinates',
  'bad/depth-bomb.geojson': 'too-deep',
  'bad/unknown-format.txt': 'unknown-format',
  'bad/image.png': 'unknown-format',
  'bad/gpx-not-kml.gpx': 'unknown-format',
  'bad/kml-no-placemarks.kml': 'kml-no-placemarks',
  'bad/kml-malformed.kml': 'invalid-xml',
  'bad/kml-entity-bomb.kml': 'xml-entities',
  'bad/kml-only-points.kml': 'no-polygons',
  'bad/zip-not-shapefile.zip': 'zip-not-shapefile',
  'bad/zip-damaged.zip': 'zip-unreadable',
  'bad/zip-truncated.zip': 'zip-unreadable',
  'bad/shapefile-points.zip': 'no-polygons',
  'bad/shapefile-without-prj.zip': 'projected-coordinates',
  'bad/shapefile-truncated-shp.zip': 'shapefile-unreadable',
  'bad/shapefile-bad-prj.zip': 'shapefile-unreadable',
};

/**
 * Refusals no committed file can show, and the test that makes each happen instead: inputs too big to
 * commit, the client's own (a worker that crashes, cannot start or runs out of time), and a bug.
 */
const REFUSED_WITHOUT_A_FILE: Partial<Record<RefusalCode, string>> = {
  'file-too-large': 'importDetails.test.ts, importClient.test.ts',
  'ring-too-large': 'importDetails.test.ts',
  'too-many-features': 'importDetails.test.ts',
  'too-many-vertices': 'importDetails.test.ts',
  'worker-failed': 'importClient.test.ts',
  'worker-unavailable': 'importClient.test.ts',
  timeout: 'importClient.test.ts',
  'internal-error': 'this file (a value no file can be)',
};

/**
 * Latin words a Chinese message may hold: names of formats, geometry types, encodings and coordinate
 * systems, and units (file extensions such as `.prj` are removed first). Anything else is English that
 * leaked in, typically a parser's own words.
 */
const NAMES_IN_CHINESE = new Set([
  ...['JSON', 'GeoJSON', 'KML', 'KMZ', 'XML', 'ENTITY', 'Shapefile', 'zip', 'BOM', 'UTF-8', 'UTF-16'],
  ...['Polygon', 'MultiPolygon', 'GeometryCollection', 'FeatureCollection', 'Feature', 'Placemark', 'null'],
  ...['NaN', 'Infinity', 'WGS84', 'EPSG', 'GCJ-02', 'BD-09', 'CGCS2000', 'MB', 'km'],
]);
const englishIn = (chinese: string): string[] =>
  [...chinese.replace(/\.[a-z]{2,7}\b/g, '').matchAll(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g)]
    .map((match) => match[0])
    .filter((word) => !NAMES_IN_CHINESE.has(word));

const bytesOf = (buffer: Buffer): ArrayBuffer =>
  buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
const load = (path: string, datum: Datum = 'wgs84') =>
  runImport(bytesOf(readFileSync(`${ROOT}/${path}`)), path.split('/')[1]!, datum, NOW);
const accepted = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.message.en}`);
  return outcome;
};

/** Twice the signed area; positive when anticlockwise. */
const signedArea = (ring: Position[]) =>
  ring.slice(1).reduce((sum, b, i) => sum + (ring[i]![0]! * b[1]! - b[0]! * ring[i]![1]!), 0);

/** What every accepted feature must be: a valid id, closed WGS84 rings wound by RFC 7946. */
export function expectValidFeature(feature: UserFeature): void {
  expect(feature.id).toMatch(ZONE_ID);
  expect(feature.id.startsWith('user-')).toBe(true);
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  expect(polygons.length).toBeGreaterThan(0);
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring.at(-1));
      for (const [x, y, ...rest] of ring) {
        expect(rest).toEqual([]);
        expect(Math.abs(x!)).toBeLessThanOrEqual(180);
        expect(Math.abs(y!)).toBeLessThanOrEqual(90);
      }
      // Anticlockwise outer rings, clockwise holes (a bow tie's lobes cancel out to zero).
      const area = signedArea(ring);
      expect(i === 0 ? area >= 0 : area <= 0).toBe(true);
    });
  }
}

describe('the import corpus (tests/fixtures/import)', () => {
  it('has a row for every committed fixture, and at least 25 refused files', () => {
    const files = ['good', 'repaired', 'injection', 'bad'].flatMap((folder) =>
      readdirSync(`${ROOT}/${folder}`).map((name) => `${folder}/${name}`),
    );
    expect(files.sort()).toEqual(Object.keys(TABLE).sort());
    expect(files.filter((file) => file.startsWith('bad/')).length).toBeGreaterThanOrEqual(25);
  });

  for (const [path, expected] of Object.entries(TABLE)) {
    it(`${path} → ${typeof expected === 'string' ? expected : `${expected.features} feature(s)`}`, async () => {
      const outcome = await load(path, typeof expected === 'string' ? 'wgs84' : expected.datum);
      expect(outcome.fileName).toBe(path.split('/')[1]);
      if (typeof expected === 'string') {
        expect(outcome.ok ? 'accepted' : outcome.code).toBe(expected);
        if (outcome.ok) return;
        expect(outcome.message.en.length).toBeGreaterThan(10);
        expect(outcome.message.zh.length).toBeGreaterThan(5);
        expect(outcome.message.zh).not.toBe(outcome.message.en);
        expect(outcome.message.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(englishIn(outcome.message.zh)).toEqual([]);
        return;
      }
      const { features, repairs } = accepted(outcome);
      expect(features).toHaveLength(expected.features);
      features.forEach(expectValidFeature);
      expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
      expect(repairs.map((r) => r.en)).toEqual((expected.notes ?? []).map((pattern) => expect.stringMatching(pattern)));
      for (const repair of repairs) {
        expect(repair.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(englishIn(repair.zh)).toEqual([]);
      }
      for (const feature of features) {
        expect(feature).toMatchObject({
          fileName: path.split('/')[1],
          datum: expected.datum ?? 'wgs84',
          importedAt: NOW,
        });
      }
    });
  }
});

describe('what the file picker offers and the refusal names', () => {
  it('lists every format the pipeline reads, KMZ included', () => {
    const formats = ['.geojson', '.json', '.kml', '.kmz', '.zip'];
    expect(IMPORT_ACCEPT.split(',').sort()).toEqual([...formats].sort());
    const { en, zh } = refusalMessage('unknown-format');
    for (const format of formats) {
      expect(en).toContain(format);
      expect(zh).toContain(format);
    }
    expect(en).toContain('KMZ');
    expect(zh).toContain('KMZ');
  });
});

describe('every refusal', () => {
  it('has a committed file, or is made to happen in a named test', () => {
    const withFile = new Set(Object.values(TABLE).filter((expected) => typeof expected === 'string'));
    const missing = REFUSAL_CODES.filter((code) => !withFile.has(code) && !(code in REFUSED_WITHOUT_A_FILE));
    expect(missing).toEqual([]);
    // And no code is listed as file-less while a file shows it.
    expect(Object.keys(REFUSED_WITHOUT_A_FILE).filter((code) => withFile.has(code))).toEqual([]);
  });

  it('is internal-error, in both languages, for a value no file can be (a bug), and says no English in Chinese', async () => {
    const outcome = await runImport(null as unknown as ArrayBuffer, 'site.geojson', 'wgs84', NOW);
    expect(outcome).toMatchObject({ ok: false, code: 'internal-error' });
    if (outcome.ok) return;
    expect(outcome.message.en).toMatch(/^The file could not be read because of an error in the atlas \(.+\)\.$/);
    expect(outcome.message.zh).toBe('由于地图集内部错误，无法读取文件。');
  });
});

describe('Chinese messages', () => {
  /** English parser words in every placeholder: a template that quotes one in Chinese fails. */
  const ENGLISH_VALUES = {
    detail: 'Unexpected token } in JSON at position 7',
    detailZh: '',
    found: '2 points',
    foundZh: '2 个点',
    feature: 3,
    seconds: 60,
  };

  it.each(REFUSAL_CODES)('%s: no English words, even when the parser’s detail is English', (code) => {
    const message = refusalMessage(code, ENGLISH_VALUES);
    expect(englishIn(message.zh)).toEqual([]);
    expect(message.zh).not.toMatch(/\{\w+\}/);
  });

  it('every repair note: no English words', () => {
    const codes: NoteCode[] = [
      ...['bom', 'reprojected', 'converted-gcj02', 'converted-bd09', 'closed-rings', 'rewound', 'duplicates'],
      ...['dropped-z', 'dropped-non-polygons', 'dropped-null', 'dropped-empty', 'self-intersecting'],
      ...['values-shortened', 'properties-dropped'],
    ] as NoteCode[];
    for (const code of codes) expect(englishIn(noteMessage(code, 2).zh), code).toEqual([]);
  });

  it('a JSON syntax error says in Chinese where it is, and keeps the parser’s words in English', async () => {
    const text = '{"type": "FeatureCollection",\n  "features": [],\n}';
    const outcome = await runImport(new TextEncoder().encode(text).buffer, 'site.geojson', 'wgs84', NOW);
    expect(outcome).toMatchObject({ ok: false, code: 'not-json' });
    if (outcome.ok) return;
    expect(outcome.message.zh).toBe('文件不是有效的 JSON（第 3 行第 1 列附近）。');
    expect(outcome.message.en).toMatch(/^The file is not valid JSON \(.+position 48.*\)\.$/);
  });

  it('a file that is not JSON at all, and a KML that is not XML, say why in both languages', async () => {
    const load = (text: string, name: string) =>
      runImport(new TextEncoder().encode(text).buffer, name, 'wgs84', NOW).then((o) => (o.ok ? null : o.message));
    expect(await load('name,lat,lon', 'site.geojson')).toEqual({
      en: 'The file is not valid JSON (it does not start with { or [).',
      zh: '文件不是有效的 JSON（开头不是 { 或 [）。',
    });
    expect(await load('kml', 'site.kml')).toEqual({
      en: 'The KML file is not well-formed XML (it does not start with <).',
      zh: 'KML 文件不是格式正确的 XML（开头不是 <）。',
    });
  });

  it('finds English where there is some', () => {
    expect(englishIn('文件不是有效的 JSON（Expected double-quoted property name）。')).toEqual([
      'Expected',
      'double-quoted',
      'property',
      'name',
    ]);
    expect(englishIn('请以 WGS84（EPSG:4326）导出，或导出带 .prj 的压缩 Shapefile。')).toEqual([]);
  });
});
