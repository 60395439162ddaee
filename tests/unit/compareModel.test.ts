import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLandmarks, type Landmarks } from '../../src/data/landmarks';
import type { ZoneCollection } from '../../src/data/schema';
import { createComparisonCache } from '../../src/geo/compare';
import { computeZoneMetrics } from '../../src/geo/metrics';
import { comparisonCsv, comparisonFile, comparisonGeoJson, csvCell } from '../../src/features/compare/compareExport';
import {
  buildComparison,
  TIANANMEN_FALLBACK,
  tiananmenPoint,
  type Comparison,
} from '../../src/features/compare/compareModel';
import { square } from './userFeatureFixtures';

/**
 * The comparison model and its two files, from the bundled zones and landmarks: what a planner
 * downloads must be what the table shows, readable by Excel, and safe to open there.
 */

const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as ZoneCollection;
const landmarks = readLandmarks(JSON.parse(readFileSync('data/landmarks.json', 'utf8'))) as Landmarks;
const metrics = computeZoneMetrics(zones);
const tiananmen = zones.features.find((f) => f.properties.id === 'tiananmen')!.geometry.coordinates as [number, number];
const measure = createComparisonCache(landmarks, tiananmen);
const compare = (ids: string[], userFeatures = [square('user-site', 'My campus')]): Comparison =>
  buildComparison(ids, zones, metrics, measure, userFeatures);

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

const csvRows = (comparison: Comparison, language: 'en' | 'zh' = 'en') =>
  parseCsv(comparisonCsv(comparison, landmarks, language).slice(1));

describe('buildComparison', () => {
  it('keeps the order of the ids, skips unknown ones, and takes imports as rows', () => {
    const comparison = compare(['jinzhan-part', 'atlantis', 'cbd-part', 'user-site', 'user-gone']);
    expect(comparison.rows.map((row) => row.item.id)).toEqual(['jinzhan-part', 'cbd-part', 'user-site']);
    const site = comparison.rows[2]!;
    expect(site.item.outline).toBe('imported');
    expect(site.item.official_area_km2).toBeNull();
    expect(site.metrics.mappedAreaKm2).toBeCloseTo(0.95, 2);
  });

  it('measures each official area against the first row', () => {
    const [cbd, jinzhan] = compare(['cbd-part', 'jinzhan-part']).rows;
    expect(cbd!.ratio).toBe(1);
    expect(jinzhan!.ratio).toBeCloseTo(2.96 / 4.96, 10);
  });

  it('uses an import’s outline area for its ratio, and says so, since it has no official area', () => {
    const site = square('user-site', 'My campus');
    const area = compare(['user-site'], [site]).rows[0]!.metrics.mappedAreaKm2;
    // An import first: every zone is measured against the site's outline, not left blank.
    const [first, cbd, yizhuang] = compare(['user-site', 'cbd-part', 'yizhuang-part'], [site]).rows;
    expect(first!.ratio).toBe(1);
    expect(cbd!.ratio).toBeCloseTo(4.96 / area, 10);
    expect(cbd!.ratioFromOutline).toBe(true);
    // A zone without an official area gets none: its outline is a schematic of unknown size.
    expect(yizhuang!.ratio).toBeNull();
    expect(yizhuang!.ratioFromOutline).toBe(false);
    // A zone first: the import's row uses its outline; the zones' rows stay official.
    const zoneFirst = compare(['cbd-part', 'jinzhan-part', 'user-site'], [site]);
    expect(zoneFirst.rows[2]!.ratio).toBeCloseTo(area / 4.96, 10);
    expect(zoneFirst.rows.map((row) => row.ratioFromOutline)).toEqual([false, false, true]);
    expect(zoneFirst.ratioFromOutline).toBe(true);
    expect(compare(['cbd-part', 'jinzhan-part']).ratioFromOutline).toBe(false);
  });

  it('gives imports their districts once they are found, and none while they are being found', () => {
    const site = square('user-site', 'My campus');
    expect(compare(['user-site'], [site]).rows[0]!.item.district).toBeNull();
    const found = buildComparison(['cbd-part', 'user-site'], zones, metrics, measure, [site], (f) =>
      f.id === 'user-site' ? ['Shunyi'] : null,
    );
    expect(found.rows.map((row) => row.item.district)).toEqual([['Chaoyang'], ['Shunyi']]);
  });

  it('gives a symmetric centroid matrix with zeros on its diagonal', () => {
    const { matrix } = compare(['cbd-part', 'jinzhan-part', 'tiananmen']);
    expect(matrix.map((row, i) => row[i])).toEqual([0, 0, 0]);
    expect(matrix[0]![1]).toBeCloseTo(matrix[1]![0]!, 10);
    // The CBD's outline is about 6 km east of Tiananmen.
    expect(matrix[0]![2]).toBeGreaterThan(4);
    expect(matrix[0]![2]).toBeLessThan(9);
  });
});

describe('the CSV download', () => {
  it('starts with a byte-order mark, ends its lines with CRLF and puts the units in its headers', () => {
    const text = comparisonCsv(compare(['cbd-part', 'jinzhan-part']), landmarks, 'en');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [header] = parseCsv(text.slice(1));
    expect(header).toContain('Official area (km²)');
    expect(header).toContain('Area of the outline on the map (km², indicative)');
    expect(header).toContain('Perimeter of the outline (km)');
    expect(header).toContain('To Capital Airport (km)');
    expect(header).toContain('Nearest subway stations (km)');
    expect(header).toContain('Official area ÷ Beijing CBD part’s');
    expect(header!.at(-1)).toBe('Sources');
  });

  it('adds the distance matrix after a blank line, its headers in the chosen language', () => {
    const comparison = compare(['cbd-part', 'jinzhan-part', 'user-site']);
    const rows = csvRows(comparison);
    const blank = rows.findIndex((row) => row.length === 1 && row[0] === '');
    expect(blank).toBe(4);
    expect(rows.slice(blank + 1)).toEqual([
      ['Distances between centroids (km)'],
      ['From \\ to', 'Beijing CBD part', 'Jinzhan International Cooperation Service Zone part', 'My campus'],
      ...comparison.matrix.map((distances, i) => [
        rows[blank + 2]![i + 1]!,
        ...distances.map((d) => String(Math.round(d * 10) / 10)),
      ]),
    ]);
    expect(rows[blank + 3]![1]).toBe('0');
    const zh = csvRows(comparison, 'zh');
    expect(zh[blank + 1]).toEqual(['质心间距离（公里）']);
    expect(zh[blank + 2]).toEqual(['起点 \\ 终点', '北京CBD', '金盏国际合作服务区', 'My campus']);
    expect(zh[blank + 3]![0]).toBe('北京CBD');
  });

  it('says in the ratio’s header when an import’s outline area was used', () => {
    const [header, site, cbd] = csvRows(compare(['user-site', 'cbd-part']));
    const ratio = header!.indexOf('Area ÷ My campus’s (official; for an import, its outline’s)');
    expect(ratio).toBeGreaterThan(0);
    expect(site![ratio]).toBe('1');
    expect(Number(cbd![ratio])).toBeGreaterThan(4);
    const [zh] = csvRows(compare(['user-site', 'cbd-part']), 'zh');
    expect(zh).toContain('面积 ÷ My campus（官方面积；导入要素用其轮廓面积）');
  });

  it('has Chinese headers and Chinese districts in Chinese', () => {
    const [header, cbd] = csvRows(compare(['cbd-part']), 'zh');
    expect(header).toContain('官方面积（平方公里）');
    expect(header).toContain('至大兴机场（公里）');
    expect(header).toContain('资料来源');
    expect(cbd![header!.indexOf('所在区')]).toBe('朝阳区');
    expect(cbd![header!.indexOf('中文名称')]).toBe('北京CBD');
  });

  it('holds the figures the table shows, rounded the same way, with numbers as plain decimals', () => {
    const [header, cbd, jinzhan] = csvRows(compare(['cbd-part', 'jinzhan-part']));
    const column = (name: string) => header!.indexOf(name);
    expect(cbd![0]).toBe('cbd-part');
    expect(cbd![column('Official area (km²)')]).toBe('4.96');
    expect(jinzhan![column('Official area ÷ Beijing CBD part’s')]).toBe('0.6');
    expect(cbd![column('Area of the outline on the map (km², indicative)')]).toMatch(/^\d+\.\d{1,2}$/);
    expect(cbd![column('To Tiananmen (km)')]).toMatch(/^\d+(\.\d)?$/);
    expect(cbd![column('Nearest subway stations (km)')]).toMatch(/^\S+ \d+(\.\d)?; \S+ \d+(\.\d)?; \S+ \d+(\.\d)?$/);
  });

  it('quotes cells with commas, quotes and line breaks, so each stays one cell', () => {
    const tricky = square('user-tricky', 'Plot "A", north\r\nwing');
    const [header, row] = csvRows(compare(['user-tricky'], [tricky]));
    expect(row).toHaveLength(header!.length);
    expect(row![1]).toBe('Plot "A", north\r\nwing');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('names the sources of every zone, and the file an import came from', () => {
    const [header, cbd, site] = csvRows(compare(['cbd-part', 'user-site']));
    const sources = header!.indexOf('Sources');
    const cbdSources = zones.features.find((f) => f.properties.id === 'cbd-part')!.properties.sources;
    for (const source of cbdSources) expect(cbd![sources]).toContain(source.publisher);
    expect(cbd![sources]!.split(' | ')).toHaveLength(cbdSources.length);
    expect(site![sources]).toBe('Imported by the visitor from site.geojson on 2026-11-23 (WGS84)');
  });

  it('never lets a cell from an imported file become a formula', () => {
    for (const name of ['=HYPERLINK("http://evil.example","Click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\tx', '\rx']) {
      const [, row] = csvRows(compare(['user-evil'], [square('user-evil', name)]));
      expect(row![1], JSON.stringify(name)).toBe(`'${name}`);
      expect(row![2]).toBe(`'${name}`);
    }
    // In the matrix too, where the names head the rows and columns.
    const matrix = csvRows(compare(['cbd-part', 'user-evil'], [square('user-evil', '=1+1')])).slice(-3);
    expect(matrix[0]).toEqual(['From \\ to', 'Beijing CBD part', "'=1+1"]);
    expect(matrix[2]![0]).toBe("'=1+1");
    const [, row] = csvRows(compare(['user-evil'], [{ ...square('user-evil', 'Site'), fileName: '=cmd|x.zip' }]));
    expect(row!.at(-1)).toMatch(/^Imported by the visitor from =cmd\|x\.zip/);
    // The atlas's own numbers stay numbers, a negative one too; text that merely contains = is left alone.
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('-3.5')).toBe("'-3.5");
  });
});

describe('the GeoJSON download', () => {
  const parse = (comparison: Comparison) =>
    JSON.parse(comparisonGeoJson(comparison, landmarks)) as GeoJSON.FeatureCollection & {
      note: string;
      landmarks: string;
    };

  it('holds each compared feature with its geometry and computed metrics, in the table’s order', () => {
    const comparison = compare(['cbd-part', 'jinzhan-part', 'user-site']);
    const file = parse(comparison);
    expect(file.type).toBe('FeatureCollection');
    expect(file.note).toMatch(/indicative/);
    expect(file.landmarks).toBe(landmarks.source);
    expect(file.features.map((f) => f.id)).toEqual(['cbd-part', 'jinzhan-part', 'user-site']);
    const [cbd, jinzhan, site] = file.features.map((f) => f.properties!);
    const cbdRow = comparison.rows[0]!;
    expect(file.features[0]!.geometry).toEqual(cbdRow.item.geometry);
    expect(cbd).toMatchObject({
      id: 'cbd-part',
      name_en: 'Beijing CBD part',
      official_area_km2: 4.96,
      outline: 'indicative',
      area_ratio_to_first: 1,
      area_ratio_uses_outline_area: false,
      districts: ['Chaoyang'],
    });
    expect(cbd!['mapped_outline_area_km2']).toBe(Math.round(cbdRow.metrics.mappedAreaKm2 * 100) / 100);
    expect(cbd!['outline_perimeter_km']).toBe(Math.round(cbdRow.metrics.perimeterKm * 10) / 10);
    expect(cbd!['to_capital_airport_km']).toBe(Math.round(cbdRow.metrics.toCapitalAirportKm * 10) / 10);
    expect(cbd!['nearest_subway_stations']).toHaveLength(3);
    expect(cbd!['sources']).toEqual(cbdRow.item.sources);
    expect(jinzhan!['area_ratio_to_first']).toBe(0.6);
    expect(site!['area_ratio_uses_outline_area']).toBe(true);
    // Distances to every compared feature, by id; none to itself.
    expect(Object.keys(cbd!['centroid_distances_km'] as object)).toEqual(['cbd-part', 'jinzhan-part', 'user-site']);
    expect((cbd!['centroid_distances_km'] as Record<string, number>)['cbd-part']).toBe(0);
    expect(site).toMatchObject({ id: 'user-site', outline: 'imported', official_area_km2: null, sources: [] });
    expect(site!['imported_from']).toBe('Imported by the visitor from site.geojson on 2026-11-23 (WGS84)');
    expect(cbd!['imported_from']).toBeUndefined();
  });
});

describe('tiananmenPoint', () => {
  it('takes the zones’ own reference point, and the Gate of Heavenly Peace without one', () => {
    expect(tiananmenPoint(zones)).toEqual(tiananmen);
    const without = { ...zones, features: zones.features.filter((f) => f.properties.id !== 'tiananmen') };
    expect(tiananmenPoint(without)).toEqual(TIANANMEN_FALLBACK);
  });
});

describe('comparisonFile', () => {
  it('names each download by format and day, with its media type and the file’s text', () => {
    const comparison = compare(['cbd-part', 'user-site']);
    expect(comparisonFile('csv', comparison, landmarks, 'zh', '2026-11-23')).toEqual({
      name: 'ftz-compare-2026-11-23.csv',
      type: 'text/csv;charset=utf-8',
      text: comparisonCsv(comparison, landmarks, 'zh'),
    });
    expect(comparisonFile('geojson', comparison, landmarks, 'en', '2026-11-23')).toEqual({
      name: 'ftz-compare-2026-11-23.geojson',
      type: 'application/geo+json',
      text: comparisonGeoJson(comparison, landmarks),
    });
  });
});
