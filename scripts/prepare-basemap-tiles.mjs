// Builds data/basemap/beijing.pmtiles, the same basemap as data/basemap/beijing.geojson cut into vector
// tiles ahead of time (issue 23, part 3), so that MapLibre's worker fetches and decodes only the tiles
// on screen instead of parsing and tiling the whole file at start-up. `npm run data` runs it after
// prepare-basemap.mjs. One source layer, `basemap`, keeps every feature's properties, so the style's
// filters on `layer`, `class`, `ring`… work unchanged (src/map/style/basemapSource.ts adds the
// `source-layer`). Zooms 5–14: the map's are 7–16, and MapLibre overzooms the z14 tiles beyond 14.
// The tiling is the one MapLibre's own GeoJSON source does (geojson-vt; same simplification tolerance
// in screen pixels), so the look matches. Deterministic: the same GeoJSON gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { writePmtiles } from './lib/pmtilesWriter.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_LAYER = 'basemap';
const MIN_ZOOM = 5;
const MAX_ZOOM = 14;
const EXTENT = 4096;
// MapLibre's GeoJSON source uses 128 of 512 px; lines (and line labels) then run on well past a tile's
// edge. 256 of 4096 is enough for the widest line and halo the style draws, at a sixteenth of the bytes.
const BUFFER = 256;

const basemap = JSON.parse(readFileSync(join(root, 'data/basemap/beijing.geojson'), 'utf8'));

function bboxOf(collection) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
    } else c.forEach(visit);
  };
  for (const f of collection.features) visit(f.geometry.coordinates);
  return box;
}

const lngToX = (lng, z) => Math.floor(((lng + 180) / 360) * 2 ** z);
const latToY = (lat, z) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

// Tiles only where the map can look: MAX_BOUNDS in src/config.ts (the rivers run on far beyond it).
const MAX_BOUNDS = [114.9, 39.0, 118.3, 41.3];
const dataBounds = bboxOf(basemap);
const bounds = [
  Math.max(dataBounds[0], MAX_BOUNDS[0]),
  Math.max(dataBounds[1], MAX_BOUNDS[1]),
  Math.min(dataBounds[2], MAX_BOUNDS[2]),
  Math.min(dataBounds[3], MAX_BOUNDS[3]),
];
const index = new GeoJSONVT(basemap, {
  maxZoom: MAX_ZOOM,
  indexMaxZoom: MAX_ZOOM,
  tolerance: 3,
  extent: EXTENT,
  buffer: BUFFER,
});
const tiles = [];
for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
  for (let x = lngToX(bounds[0], z); x <= lngToX(bounds[2], z); x++) {
    for (let y = latToY(bounds[3], z); y <= latToY(bounds[1], z); y++) {
      const tile = index.getTile(z, x, y);
      if (!tile || tile.features.length === 0) continue;
      const data = vtpbf.fromGeojsonVt({ [SOURCE_LAYER]: tile }, { version: 2, extent: EXTENT });
      tiles.push({ z, x, y, data });
    }
  }
}

const fields = {};
for (const f of basemap.features) {
  for (const [key, value] of Object.entries(f.properties))
    fields[key] = typeof value === 'number' ? 'Number' : 'String';
}
const metadata = {
  name: 'Beijing FTZ Atlas basemap',
  description: 'data/basemap/beijing.geojson as vector tiles (scripts/prepare-basemap-tiles.mjs); see data/README.md',
  attribution: '© OpenStreetMap contributors; Natural Earth; DataV.GeoAtlas',
  vector_layers: [{ id: SOURCE_LAYER, fields, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM }],
};
const archive = writePmtiles({ tiles, metadata, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, bounds, centerZoom: 9 });
const out = join(root, 'data', 'basemap', 'beijing.pmtiles');
writeFileSync(out, archive);
console.log(`wrote ${out}: ${tiles.length} tiles, ${archive.length} bytes`);
