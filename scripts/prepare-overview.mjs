// Builds data/basemap/overview.geojson, the small basemap the SVG map draws in the first second (and
// instead of MapLibre when a browser has no WebGL2), from data/basemap/beijing.geojson.
// `npm run data` runs it after prepare-basemap.mjs. Districts, rivers, the reservoir, subway lines,
// ring roads (once the basemap has them) and the airports; no stations: at the opening zoom they
// would be a smudge. Lines are simplified to about 60 m and coordinates kept to about 10 m, which is
// about a pixel at the opening zoom; district borders are simplified to about 400 m, a few pixels,
// because they are most of the bytes and the SVG map is seen only until MapLibre takes over.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import simplify from '@turf/simplify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const basemap = JSON.parse(readFileSync(join(root, 'data/basemap/beijing.geojson'), 'utf8'));

/** Which basemap features the overview keeps, and how far each may be simplified (degrees). */
const KEEP = {
  district: 0.004,
  'district-label': null,
  river: 0.001,
  reservoir: 0.001,
  'subway-line': 0.0008,
  airport: null,
};
const isRingRoad = (f) => f.properties.layer === 'road' && f.properties.class === 'ring';

const round = (value) => Math.round(value * 1e4) / 1e4;
function roundCoordinates(coords) {
  if (typeof coords[0] === 'number') return coords.map(round);
  const rounded = coords.map(roundCoordinates);
  if (typeof rounded[0][0] === 'number') {
    return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  }
  return rounded;
}

/** Only what the SVG map reads: layer, names, line colour. */
const PROPERTIES = ['layer', 'name_en', 'name_zh', 'colour', 'ref', 'class'];

const features = basemap.features
  .filter((f) => f.properties.layer in KEEP || isRingRoad(f))
  .map((f) => {
    const tolerance = KEEP[f.properties.layer] ?? (isRingRoad(f) ? 0.0006 : null);
    const simplified = tolerance ? simplify(f, { tolerance, highQuality: true }) : f;
    const properties = Object.fromEntries(
      PROPERTIES.filter((key) => key in f.properties).map((key) => [key, f.properties[key]]),
    );
    return {
      type: 'Feature',
      properties,
      geometry: { type: simplified.geometry.type, coordinates: roundCoordinates(simplified.geometry.coordinates) },
    };
  });

const output = join(root, 'data/basemap/overview.geojson');
writeFileSync(output, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(
  `Wrote ${output}: ${features.length} features, ${(JSON.stringify({ features }).length / 1024).toFixed(1)} KB`,
);
