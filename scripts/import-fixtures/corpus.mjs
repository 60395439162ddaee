// The import fixtures as data: folder/name → { bytes, expect (for the README), why }. Written by
// scripts/import-fixtures.mjs. Polygons sit around Beijing's CBD; rings are anticlockwise (RFC 7946)
// unless the fixture is about winding.
import proj4 from 'proj4';
import { dbf, POINT, shp, zip } from './shapefile.mjs';

const json = (value) => Buffer.from(JSON.stringify(value, null, 1));
const text = (value) => Buffer.from(value, 'utf8');
/** An anticlockwise closed square ring. */
const square = (lon, lat, size = 0.01) => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];
const polygon = (name, rings) => ({
  type: 'Feature',
  properties: { name },
  geometry: { type: 'Polygon', coordinates: rings },
});
const collection = (...features) => ({ type: 'FeatureCollection', features });
const point = {
  type: 'Feature',
  properties: { name: 'pin' },
  geometry: { type: 'Point', coordinates: [116.46, 39.91] },
};
const line = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [116.46, 39.91],
      [116.47, 39.92],
    ],
  },
};
const kmlDoc = (body) =>
  text(
    `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>\n`,
  );
const kmlRing = (ring) => ring.map((p) => p.join(',')).join(' ');
const kmlPolygon = (ring) =>
  `<Polygon><outerBoundaryIs><LinearRing><coordinates>${kmlRing(ring)}</coordinates></LinearRing></outerBoundaryIs></Polygon>`;

/** WGS84 → GCJ-02, written out again here (not imported from src) so the fixture checks datum.ts. */
function gcj02(lon, lat) {
  const a = 6378245.0;
  const ee = 0.006693421622965943;
  const x = lon - 105;
  const y = lat - 35;
  const s = (k) => Math.sin(k * Math.PI);
  const common = ((20 * s(6 * x) + 20 * s(2 * x)) * 2) / 3;
  const dLat0 =
    -100 +
    2 * x +
    3 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * Math.sqrt(Math.abs(x)) +
    common +
    ((20 * s(y) + 40 * s(y / 3)) * 2) / 3 +
    ((160 * s(y / 12) + 320 * s(y / 30)) * 2) / 3;
  const dLon0 =
    300 +
    x +
    2 * y +
    0.1 * x * x +
    0.1 * x * y +
    0.1 * Math.sqrt(Math.abs(x)) +
    common +
    ((20 * s(x) + 40 * s(x / 3)) * 2) / 3 +
    ((150 * s(x / 12) + 300 * s(x / 30)) * 2) / 3;
  const rad = (lat / 180) * Math.PI;
  const magic = 1 - ee * Math.sin(rad) ** 2;
  const dLat = (dLat0 * 180) / (((a * (1 - ee)) / (magic * Math.sqrt(magic))) * Math.PI);
  const dLon = (dLon0 * 180) / ((a / Math.sqrt(magic)) * Math.cos(rad) * Math.PI);
  return [lon + dLon, lat + dLat];
}

const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
/** EPSG:4548, CGCS2000 / 3-degree Gauss-Kruger CM 117E, as ArcGIS writes it. */
export const CGCS2000_GK_PRJ =
  'PROJCS["CGCS2000_3_Degree_GK_CM_117E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** Shapefile rings run clockwise (outer) — the reverse of GeoJSON's. */
const clockwise = (ring) => [...ring].reverse();
const parcels = [
  { name: '地块一', code: 'A-01', ring: square(116.45, 39.9) },
  { name: 'Parcel two', code: 'A-02', ring: square(116.47, 39.9) },
];
const shapefileZip = (rings, prj, rows) => {
  const { shp: s, shx } = shp(rings.map((ring) => [clockwise(ring)]));
  const files = {
    'parcels.shp': s,
    'parcels.shx': shx,
    'parcels.dbf': dbf(['name', 'code'], rows),
    'parcels.cpg': text('UTF-8'),
  };
  if (prj) files['parcels.prj'] = text(prj);
  return zip(files);
};
const gk = proj4(CGCS2000_GK_PRJ);
const projected = (ring) => ring.map((p) => gk.forward(p));

const bowtie = [
  [116.45, 39.9],
  [116.46, 39.91],
  [116.46, 39.9],
  [116.45, 39.91],
  [116.45, 39.9],
];
const depth = 100_000;

export const CORPUS = {
  // Accepted as they are.
  'good/polygon.geojson': {
    bytes: json(
      collection(polygon('CBD block', [square(116.45, 39.9)]), {
        ...polygon('', [square(116.47, 39.9)]),
        properties: { 名称: '国贸地块' },
      }),
    ),
    expect: 'ok: 2 polygons',
    why: 'FeatureCollection of Polygons, English name and 名称',
  },
  'good/multipolygon-with-hole.geojson': {
    bytes: json(
      collection({
        type: 'Feature',
        properties: { title: 'Two parts, one with a hole' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [[square(116.45, 39.9, 0.02), clockwise(square(116.455, 39.905, 0.005))], [square(116.5, 39.9)]],
        },
      }),
    ),
    expect: 'ok: 1 multipolygon',
    why: 'MultiPolygon, a hole wound clockwise',
  },
  'good/single-feature.geojson': {
    bytes: json(polygon('One feature', [square(116.45, 39.9)])),
    expect: 'ok: 1 polygon',
    why: 'a bare Feature',
  },
  'good/bare-geometry.geojson': {
    bytes: json({ type: 'Polygon', coordinates: [square(116.45, 39.9)] }),
    expect: 'ok: 1 polygon, named from the file',
    why: 'a bare Polygon (RFC 7946 allows it; accepted)',
  },
  'good/zones.kml': {
    bytes: kmlDoc(
      `<Placemark><name>KML block</name><description>From Google Earth</description>${kmlPolygon(square(116.45, 39.9))}</Placemark><Folder><Placemark><name>Two parts</name><MultiGeometry>${kmlPolygon(square(116.47, 39.9))}${kmlPolygon(square(116.49, 39.9))}</MultiGeometry></Placemark></Folder>`,
    ),
    expect: 'ok: 2 features',
    why: 'KML Polygon and MultiGeometry in a Folder',
  },
  'good/parcels-wgs84.zip': {
    bytes: shapefileZip(
      parcels.map((p) => p.ring),
      WGS84_PRJ,
      parcels,
    ),
    expect: 'ok: 2 polygons (rewound from shapefile order)',
    why: 'zipped shapefile, WGS84 .prj, UTF-8 .dbf with Chinese names',
  },
  'good/parcels-cgcs2000-gk.zip': {
    bytes: shapefileZip(
      parcels.map((p) => projected(p.ring)),
      CGCS2000_GK_PRJ,
      parcels,
    ),
    expect: 'ok: 2 polygons, reprojected',
    why: 'zipped shapefile in CGCS2000 3° Gauss–Krüger CM 117E (EPSG:4548)',
  },
  'good/gcj02-sample.geojson': {
    bytes: json(collection(polygon('GCJ-02 block', [square(116.45, 39.9).map(([x, y]) => gcj02(x, y))]))),
    expect: 'ok with datum gcj02: the square at 116.45, 39.90 in WGS84',
    why: 'a WGS84 square shifted to GCJ-02',
  },
  'good/zones.kmz': {
    bytes: zip({
      'doc.kml': kmlDoc(`<Placemark><name>KMZ block</name>${kmlPolygon(square(116.45, 39.9))}</Placemark>`),
    }),
    expect: 'ok: 1 polygon',
    why: 'KMZ (a zip with doc.kml)',
  },

  // Accepted after repairs, each reported.
  'repaired/bom.geojson': {
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json(polygon('BOM', [square(116.45, 39.9)]))]),
    expect: 'ok, note: byte-order mark removed',
    why: 'UTF-8 with a byte-order mark (Windows Notepad, Excel)',
  },
  'repaired/unclosed-ring.geojson': {
    bytes: json(polygon('Unclosed', [square(116.45, 39.9).slice(0, 4)])),
    expect: 'ok, note: closed 1 ring',
    why: 'last position differs from the first',
  },
  'repaired/clockwise-outer-ring.geojson': {
    bytes: json(polygon('Clockwise', [clockwise(square(116.45, 39.9))])),
    expect: 'ok, note: rewound 1 ring',
    why: 'outer ring clockwise',
  },
  'repaired/duplicate-vertices.geojson': {
    bytes: json(
      polygon('Duplicates', [
        [
          [116.45, 39.9],
          [116.45, 39.9],
          [116.46, 39.9],
          [116.46, 39.91],
          [116.46, 39.91],
          [116.45, 39.91],
          [116.45, 39.9],
        ],
      ]),
    ),
    expect: 'ok, note: dropped 2 repeated vertices',
    why: 'consecutive duplicate vertices',
  },
  'repaired/3d-coordinates.geojson': {
    bytes: json(polygon('3D', [square(116.45, 39.9).map((p) => [...p, 42])])),
    expect: 'ok, note: dropped height of 5 vertices',
    why: 'positions with a height',
  },
  'repaired/self-intersecting.geojson': {
    bytes: json(polygon('Bow tie', [bowtie])),
    expect: 'ok, warning: 1 polygon crosses itself',
    why: 'a bow tie: kept and drawn, with a warning (refusing would lose data that is only slightly wrong)',
  },
  'repaired/mixed-points-and-polygons.geojson': {
    bytes: json(collection(point, line, polygon('Kept', [square(116.45, 39.9)]))),
    expect: 'ok: 1 polygon, note: skipped 2 non-areas',
    why: 'points and lines among polygons',
  },
  'repaired/some-null-geometry.geojson': {
    bytes: json(
      collection({ type: 'Feature', properties: {}, geometry: null }, polygon('Kept', [square(116.45, 39.9)])),
    ),
    expect: 'ok: 1 polygon, note: skipped 1 without geometry',
    why: 'a null geometry beside a polygon',
  },
  'repaired/some-empty-polygons.geojson': {
    bytes: json(collection(polygon('Empty', []), polygon('Kept', [square(116.45, 39.9)]))),
    expect: 'ok: 1 polygon, note: skipped 1 empty',
    why: 'an empty Polygon beside a polygon',
  },
  'repaired/many-properties.geojson': {
    bytes: json(polygon('Wide', [square(116.45, 39.9)]))
      .toString()
      .replace('"name": "Wide"', '"name": "Wide",' + Array.from({ length: 150 }, (_, i) => `"p${i}": ${i}`).join(',')),
    expect: 'ok, note: dropped 51 properties',
    why: '151 properties, name first (100 kept)',
  },
  'repaired/kml-with-altitude.kml': {
    bytes: kmlDoc(
      `<Placemark><name>Altitude</name>${kmlPolygon(square(116.45, 39.9).map((p) => [...p, 0]))}</Placemark>`,
    ),
    expect: 'ok, note: dropped height of 5 vertices',
    why: 'KML coordinates lon,lat,alt',
  },

  // Accepted: hostile-looking text is only text (shown with textContent, never parsed as HTML).
  'injection/script-in-properties.geojson': {
    bytes: json({
      ...polygon('<script>alert(1)</script>', [square(116.45, 39.9)]),
      properties: {
        name: '<script>alert(1)</script>',
        description: '<img src=x onerror="alert(1)">',
        link: 'javascript:alert(1)',
        style: '</style><svg onload=alert(1)>',
      },
    }),
    expect: 'ok: properties kept verbatim as text',
    why: 'HTML and javascript: in properties',
  },
  'injection/proto-keys.geojson': {
    bytes: text(
      `{"type":"Feature","properties":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"name":"Proto"},"geometry":{"type":"Polygon","coordinates":${JSON.stringify([square(116.45, 39.9)])}}}`,
    ),
    expect: 'ok: __proto__ and constructor are plain keys; nothing polluted',
    why: 'prototype-pollution keys',
  },
  'injection/long-strings.geojson': {
    bytes: json({
      ...polygon('x'.repeat(5000), [square(116.45, 39.9)]),
      properties: { name: 'x'.repeat(5000), notes: 'y'.repeat(100_000) },
    }),
    expect: 'ok: name cut to 200, values to 1,000 characters, note',
    why: 'a 100,000-character value',
  },
  'injection/html-in-kml.kml': {
    bytes: kmlDoc(
      `<Placemark><name>&lt;b&gt;bold&lt;/b&gt;</name><description><![CDATA[<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>]]></description>${kmlPolygon(square(116.45, 39.9))}</Placemark>`,
    ),
    expect: 'ok: description kept as text',
    why: 'HTML in a KML description (CDATA)',
  },

  // Refused, each with its own code and message.
  'bad/empty.geojson': { bytes: Buffer.alloc(0), expect: 'empty-file' },
  'bad/whitespace-only.geojson': { bytes: text('  \n\t\n'), expect: 'empty-file' },
  'bad/not-json.geojson': { bytes: text('This is a letter, not GeoJSON.\n'), expect: 'not-json' },
  'bad/trailing-comma.geojson': { bytes: text('{"type":"FeatureCollection","features":[],}'), expect: 'not-json' },
  'bad/truncated.geojson': {
    bytes: json(polygon('Cut', [square(116.45, 39.9)])).subarray(0, 80),
    expect: 'truncated-json',
  },
  'bad/utf16.geojson': {
    bytes: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(JSON.stringify(polygon('UTF-16', [square(116.45, 39.9)])), 'utf16le'),
    ]),
    expect: 'not-utf8',
  },
  'bad/invalid-utf8.geojson': {
    bytes: Buffer.concat([
      text('{"type":"Feature","properties":{"name":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      text('"},"geometry":null}'),
    ]),
    expect: 'invalid-utf8',
  },
  'bad/not-geojson.geojson': { bytes: json({ hello: 'world', values: [1, 2, 3] }), expect: 'not-geojson' },
  'bad/json-array.geojson': { bytes: json([square(116.45, 39.9)]), expect: 'not-geojson' },
  'bad/empty-feature-collection.geojson': { bytes: json(collection()), expect: 'no-features' },
  'bad/null-geometry.geojson': {
    bytes: json(
      collection(
        { type: 'Feature', properties: { name: 'a' }, geometry: null },
        { type: 'Feature', properties: {}, geometry: null },
      ),
    ),
    expect: 'null-geometry',
  },
  'bad/geometry-collection.geojson': {
    bytes: json({
      type: 'Feature',
      properties: {},
      geometry: { type: 'GeometryCollection', geometries: [point.geometry, line.geometry] },
    }),
    expect: 'geometry-collection',
  },
  'bad/only-points.geojson': { bytes: json(collection(point, point)), expect: 'no-polygons' },
  'bad/only-lines.geojson': { bytes: json(collection(line)), expect: 'no-polygons' },
  'bad/all-empty-polygons.geojson': {
    bytes: json(collection(polygon('a', []), polygon('b', [[]]))),
    expect: 'no-polygons',
  },
  'bad/ring-too-short.geojson': {
    bytes: json(
      polygon('Sliver', [
        [
          [116.45, 39.9],
          [116.46, 39.9],
          [116.45, 39.9],
        ],
      ]),
    ),
    expect: 'ring-too-short',
  },
  'bad/coordinates-as-strings.geojson': {
    bytes: json(polygon('Strings', [square(116.45, 39.9).map((p) => p.map(String))])),
    expect: 'coordinates-not-numbers',
  },
  'bad/coordinates-not-arrays.geojson': {
    bytes: json({ type: 'Polygon', coordinates: '116.45,39.9 116.46,39.9' }),
    expect: 'invalid-geometry',
  },
  'bad/unknown-geometry-type.geojson': {
    bytes: json({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Circle', coordinates: [116.45, 39.9], radius: 100 },
    }),
    expect: 'invalid-geometry',
  },
  'bad/nan-infinity.geojson': {
    bytes: text(`{"type":"Polygon","coordinates":[[[116.45,39.9],[NaN,39.9],[116.46,Infinity],[116.45,39.9]]]}`),
    expect: 'non-finite-number',
  },
  'bad/huge-exponent.geojson': {
    bytes: text(`{"type":"Polygon","coordinates":[[[116.45,39.9],[1e999,39.9],[116.46,39.91],[116.45,39.9]]]}`),
    expect: 'non-finite-number',
  },
  'bad/latitude-over-90.geojson': {
    bytes: json(polygon('North of the pole', [square(116.45, 95)])),
    expect: 'coordinates-out-of-range',
  },
  'bad/swapped-lat-lon.geojson': {
    bytes: json(polygon('Swapped', [square(116.45, 39.9).map(([x, y]) => [y, x])])),
    expect: 'coordinates-out-of-range',
  },
  'bad/projected-metres.geojson': {
    bytes: json(polygon('Gauss–Krüger', [projected(square(116.45, 39.9))])),
    expect: 'projected-coordinates',
  },
  'bad/web-mercator-metres.geojson': {
    bytes: json(
      polygon('EPSG:3857', [
        [
          [12963000, 4852000],
          [12964000, 4852000],
          [12964000, 4853000],
          [12963000, 4853000],
          [12963000, 4852000],
        ],
      ]),
    ),
    expect: 'projected-coordinates',
  },
  'bad/depth-bomb.geojson': {
    bytes: text(`{"type":"Polygon","coordinates":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    expect: 'too-deep',
  },
  'bad/unknown-format.txt': { bytes: text('name,lon,lat\nCBD,116.45,39.9\n'), expect: 'unknown-format' },
  'bad/image.png': {
    bytes: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    expect: 'unknown-format',
  },
  'bad/kml-no-placemarks.kml': {
    bytes: kmlDoc('<name>Empty document</name><Folder><name>Nothing here</name></Folder>'),
    expect: 'kml-no-placemarks',
  },
  'bad/kml-malformed.kml': {
    bytes: text(
      '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Open</Document></kml>',
    ),
    expect: 'invalid-xml',
  },
  'bad/kml-entity-bomb.kml': {
    bytes: text(
      `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>&c;</name></Document></kml>`,
    ),
    expect: 'xml-entities',
  },
  'bad/kml-only-points.kml': {
    bytes: kmlDoc('<Placemark><name>Pin</name><Point><coordinates>116.45,39.9</coordinates></Point></Placemark>'),
    expect: 'no-polygons',
  },
  'bad/gpx-not-kml.gpx': {
    bytes: text('<?xml version="1.0"?><gpx version="1.1" creator="x"><wpt lat="39.9" lon="116.45"/></gpx>'),
    expect: 'unknown-format',
  },
  'bad/zip-not-shapefile.zip': {
    bytes: zip({ 'readme.txt': text('Just a note.'), 'photo.jpg': Buffer.from([0xff, 0xd8, 0xff]) }),
    expect: 'zip-not-shapefile',
  },
  'bad/zip-damaged.zip': {
    bytes: Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64, 0x41)]),
    expect: 'zip-unreadable',
  },
  'bad/zip-truncated.zip': {
    bytes: shapefileZip(
      parcels.map((p) => p.ring),
      WGS84_PRJ,
      parcels,
    ).subarray(0, 300),
    expect: 'zip-unreadable',
  },
  'bad/shapefile-points.zip': {
    bytes: zip({
      'pins.shp': shp(
        [
          [116.45, 39.9],
          [116.46, 39.91],
        ],
        POINT,
      ).shp,
      'pins.shx': shp(
        [
          [116.45, 39.9],
          [116.46, 39.91],
        ],
        POINT,
      ).shx,
      'pins.dbf': dbf(['name'], [{ name: 'a' }, { name: 'b' }]),
    }),
    expect: 'no-polygons',
  },
  'bad/shapefile-truncated-shp.zip': {
    bytes: (() => {
      const { shp: s, shx } = shp([[clockwise(parcels[0].ring)]]);
      // A whole zip whose .shp stops inside its first record, as a copy cut short before zipping.
      return zip({ 'parcels.shp': s.subarray(0, 60), 'parcels.shx': shx, 'parcels.dbf': dbf(['name'], [parcels[0]]) });
    })(),
    expect: 'shapefile-unreadable',
    why: 'the .shp ends inside its first shape',
  },
  'bad/shapefile-bad-prj.zip': {
    bytes: (() => {
      const { shp: s, shx } = shp([[clockwise(parcels[0].ring)]]);
      const prj = text('PROJCS["Beijing_local_grid"');
      return zip({
        'parcels.shp': s,
        'parcels.shx': shx,
        'parcels.dbf': dbf(['name'], [parcels[0]]),
        'parcels.prj': prj,
      });
    })(),
    expect: 'shapefile-unreadable',
    why: 'a .prj the coordinate library cannot parse',
  },
  'bad/shapefile-without-prj.zip': {
    bytes: shapefileZip(
      parcels.map((p) => projected(p.ring)),
      null,
      parcels,
    ),
    expect: 'projected-coordinates',
  },
};
