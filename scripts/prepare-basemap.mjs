// Builds data/basemap/beijing.geojson from the reference files in ../shared/geodata.
// Repeatable: `npm run data`. Only WGS84 inputs are read; the GCJ-02 district files are never touched.
// Every output feature carries `layer` (which map layer draws it) and `source` (a key into
// data/README.md's provenance table).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import polylabel from 'polylabel';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SHARED_GEODATA ?? join(root, '..', 'shared', 'geodata');
if (!existsSync(shared)) {
  console.error(`Reference data not found at ${shared}. Set SHARED_GEODATA to the geodata folder.`);
  process.exit(1);
}
const read = (name) => JSON.parse(readFileSync(join(shared, name), 'utf8'));

/** Five decimals of a degree is about 1 m: finer than any source here is accurate. */
const round = (value, decimals = 5) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function roundCoordinates(coords, decimals = 5) {
  if (typeof coords[0] === 'number') return coords.map((value) => round(value, decimals));
  const rounded = coords.map((c) => roundCoordinates(c, decimals));
  // Rounding can make neighbouring vertices equal; drop the repeats so rings stay clean.
  if (typeof rounded[0][0] === 'number') {
    return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  }
  return rounded;
}

const geometry = (g, decimals = 5) => ({ type: g.type, coordinates: roundCoordinates(g.coordinates, decimals) });

/**
 * District boundaries keep four decimals (about 10 m): they are three quarters of the basemap's bytes,
 * they were converted from GCJ-02 and are no more accurate than that, and the first load must stay
 * within its data budget now that roads and the SVG map's overview are part of it.
 */
const DISTRICT_DECIMALS = 4;

const DISTRICT_NAMES_EN = {
  110101: 'Dongcheng',
  110102: 'Xicheng',
  110105: 'Chaoyang',
  110106: 'Fengtai',
  110107: 'Shijingshan',
  110108: 'Haidian',
  110109: 'Mentougou',
  110111: 'Fangshan',
  110112: 'Tongzhou',
  110113: 'Shunyi',
  110114: 'Changping',
  110115: 'Daxing',
  110116: 'Huairou',
  110117: 'Pinggu',
  110118: 'Miyun',
  110119: 'Yanqing',
};

const LINE_NAMES_EN = {
  首都机场线: 'Capital Airport Express',
  大兴机场线: 'Daxing Airport Express',
  昌平线: 'Changping Line',
  房山线: 'Fangshan Line',
  燕房线: 'Yanfang Line',
  亦庄线: 'Yizhuang Line',
  西郊线: 'Xijiao Line',
  S1线: 'Line S1',
};

function lineNameEn(zh) {
  const numbered = /^(\d+)号线$/.exec(zh);
  if (numbered) return `Line ${numbered[1]}`;
  return LINE_NAMES_EN[zh] ?? LINE_NAMES_EN[`${zh}线`] ?? zh;
}

/** Label point inside the largest polygon: a centroid can fall outside a concave district. */
function labelPoint(multiPolygon) {
  const polygons = multiPolygon.type === 'Polygon' ? [multiPolygon.coordinates] : multiPolygon.coordinates;
  const ringArea = (ring) =>
    Math.abs(
      ring.reduce((sum, [x1, y1], i) => {
        const [x2, y2] = ring[(i + 1) % ring.length];
        return sum + x1 * y2 - x2 * y1;
      }, 0),
    );
  const largest = polygons.reduce((best, p) => (ringArea(p[0]) > ringArea(best[0]) ? p : best));
  const point = polylabel(largest, 0.0005);
  return [round(point[0]), round(point[1])];
}

const features = [];
const push = (layer, source, properties, geom) =>
  features.push({ type: 'Feature', properties: { layer, source, ...properties }, geometry: geom });

for (const f of read('bj_districts_datav_hires_wgs84_derived.geojson').features) {
  const { adcode, name } = f.properties;
  const props = { adcode, name_zh: name, name_en: DISTRICT_NAMES_EN[adcode] };
  if (!props.name_en) throw new Error(`No English name for district ${adcode}`);
  const g = geometry(f.geometry, DISTRICT_DECIMALS);
  push('district', 'datav-districts', props, g);
  push('district-label', 'datav-districts', props, { type: 'Point', coordinates: labelPoint(g) });
}

for (const f of read('ne10m_beijing_region_context.geojson').features) {
  const { layer, name } = f.properties;
  if (layer === 'river') push('river', 'natural-earth', { name_en: name, name_zh: '' }, geometry(f.geometry));
  if (layer === 'lake') {
    push('reservoir', 'natural-earth', { name_en: 'Guanting Reservoir', name_zh: '官厅水库' }, geometry(f.geometry));
  }
}

for (const f of read('bj_subway_lines_osm_stop_to_stop.geojson').features) {
  const { line, colour } = f.properties;
  push('subway-line', 'osm-subway', { name_zh: line, name_en: lineNameEn(line), colour }, geometry(f.geometry));
}

for (const f of read('bj_subway_stations_osm.geojson').features) {
  push('subway-station', 'osm-subway', { name_zh: f.properties.name, name_en: '' }, geometry(f.geometry));
}

for (const f of read('bj_rail_stations_osm.geojson').features) {
  const { name, name_en } = f.properties;
  // Main stations first so that label collision keeps them at low zoom.
  const rank = /^北京(西|南|北|朝阳|丰台)?$/.test(name) ? 1 : 2;
  push('rail-station', 'osm-rail', { name_zh: name, name_en: name_en ?? '', rank }, geometry(f.geometry));
}

const airports = read('bj_airports_points.geojson').features.filter(
  (f) => f.properties.point_kind.startsWith('airport') || f.properties.iata === 'PKX',
);
for (const f of airports) {
  const { iata } = f.properties;
  const names = {
    PEK: ['北京首都国际机场', 'Beijing Capital International Airport (PEK)'],
    PKX: ['北京大兴国际机场', 'Beijing Daxing International Airport (PKX)'],
  }[iata];
  const source = iata === 'PEK' ? 'natural-earth' : 'osm-subway';
  push('airport', source, { iata, name_zh: names[0], name_en: names[1] }, geometry(f.geometry));
}

// Roads: OpenStreetMap of about 2012–13 (see data/README.md for its gaps). Four decimals (about 10 m)
// match the source's own simplification (Douglas–Peucker at ~10 m), which keeps the roads near 10 KB gzip
// inside the first-load budget; MapLibre simplifies further per zoom when it tiles the source.
const roundRoad = (value) => Math.round(value * 1e4) / 1e4;
const RING_NAMES = {
  2: ['二环', '2nd Ring Rd'],
  3: ['三环', '3rd Ring Rd'],
  4: ['四环', '4th Ring Rd'],
  5: ['五环', '5th Ring Rd'],
};
/**
 * The source tags one 2 km piece south of the 2nd Ring's south-west corner (Caihuying) as the 2nd Ring:
 * it runs south to the 3rd Ring where OSM has Caihuying South Rd, an expressway, so it is drawn as an
 * unnamed expressway. The 2nd Ring itself lies north of 39.866° N everywhere.
 */
const SECOND_RING_SOUTH_EDGE = 39.866;
const isMistaggedSecondRing = (f) =>
  f.properties.ring === 2 && f.geometry.coordinates.some(([, y]) => y < SECOND_RING_SOUTH_EDGE - 0.005);

for (const f of read('bj_roads_osm_2013.geojson').features) {
  const mistagged = isMistaggedSecondRing(f);
  const {
    class: roadClass,
    ring,
    name_zh,
    name_en,
  } = mistagged ? { class: 'expressway', ring: undefined, name_zh: '', name_en: '' } : f.properties;
  if (!['ring', 'expressway', 'trunk', 'primary'].includes(roadClass))
    throw new Error(`Unknown road class ${roadClass}`);
  // Rings carry the short names a Beijing reader uses (二环 … 五环); other roads keep OSM's names as they were.
  const [zh, en] = roadClass === 'ring' ? RING_NAMES[ring] : [name_zh ?? '', name_en ?? ''];
  const coordinates = f.geometry.coordinates
    .map(([x, y]) => [roundRoad(x), roundRoad(y)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  if (coordinates.length < 2) continue;
  const props = { class: roadClass, ...(ring ? { ring } : {}), name_zh: zh, name_en: en };
  push('road', 'osm-roads', props, { type: 'LineString', coordinates });
}

const collection = { type: 'FeatureCollection', features };
const out = join(root, 'data', 'basemap', 'beijing.geojson');
writeFileSync(out, JSON.stringify(collection) + '\n');
const counts = features.reduce((acc, f) => ({ ...acc, [f.properties.layer]: (acc[f.properties.layer] ?? 0) + 1 }), {});
console.log(`wrote ${out}`, counts);
