// Builds data/landmarks.json, the few points the comparison table measures zones against: every
// subway station and the two airports, taken from data/basemap/beijing.geojson. `npm run data` runs
// it after prepare-basemap.mjs. The basemap is 570 KB and MapLibre's worker parses it, so the page
// has no copy of its features; this file is a few KB and is fetched only when the comparison opens.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const basemap = JSON.parse(readFileSync(join(root, 'data/basemap/beijing.geojson'), 'utf8'));

// About 1 m: finer would only add bytes to distances given in tenths of a kilometre.
const round = (value) => Math.round(value * 1e5) / 1e5;
const place = (f) => ({
  name_en: f.properties.name_en,
  name_zh: f.properties.name_zh,
  coordinates: f.geometry.coordinates.map(round),
});
const layer = (name) => basemap.features.filter((f) => f.properties.layer === name && f.geometry.type === 'Point');

// One point per station name and place: OSM maps some stations twice (a node per line), a few metres apart.
const seen = new Set();
const stations = [];
for (const f of layer('subway-station')) {
  const key = `${f.properties.name_zh}|${f.geometry.coordinates.map((c) => c.toFixed(3)).join(',')}`;
  if (seen.has(key) || !f.properties.name_zh) continue;
  seen.add(key);
  stations.push(place(f));
}
stations.sort((a, b) => a.name_zh.localeCompare(b.name_zh, 'zh') || a.coordinates[0] - b.coordinates[0]);

const airports = Object.fromEntries(layer('airport').map((f) => [f.properties.iata, place(f)]));
if (!airports.PEK || !airports.PKX) throw new Error('The basemap lacks the Capital (PEK) or Daxing (PKX) airport');

// The zones name their districts in English; the Chinese table shows the basemap's Chinese names.
const districts = Object.fromEntries(layer('district-label').map((f) => [f.properties.name_en, f.properties.name_zh]));

const landmarks = {
  source: 'Subway stations and Daxing Airport: © OpenStreetMap contributors (ODbL); Capital Airport: Natural Earth',
  airports: { capital: airports.PEK, daxing: airports.PKX },
  districts,
  stations,
};
writeFileSync(join(root, 'data/landmarks.json'), `${JSON.stringify(landmarks)}\n`);
console.log(`data/landmarks.json: ${stations.length} stations, 2 airports`);
