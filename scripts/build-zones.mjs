// Builds data/zones.geojson from scripts/zones/spec.mjs. Repeatable: `node scripts/build-zones.mjs`
// (also part of `npm run data`). Each drawn ring is scaled about its own centroid so that the zone's
// geodesic area (Turf) equals its official area; a zone with no drawing takes the outline named by
// `same_outline_as`, or the union of its parts' outlines. The result must pass scripts/zones/checks.mjs,
// or nothing is written.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import turfArea from '@turf/area';
import { zones, BUILD_ONLY_KEYS } from './zones/spec.mjs';
import { checkZones } from './zones/checks.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** A drawing this far from its target size was drawn in the wrong place or at the wrong scale. */
const MAX_SCALE_CHANGE = 0.1;

const round = (value) => Math.round(value * 1e5) / 1e5;
const ringKm2 = (ring) => turfArea({ type: 'Polygon', coordinates: [ring] }) / 1e6;

function closeRing(ring) {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

/** Signed shoelace sum: positive for counter-clockwise rings (the RFC 7946 exterior order). */
function isCounterClockwise(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum > 0;
}

function scaleRing(ring, factor) {
  const open = ring.slice(0, -1);
  const cx = open.reduce((s, p) => s + p[0], 0) / open.length;
  const cy = open.reduce((s, p) => s + p[1], 0) / open.length;
  return ring.map(([x, y]) => [round(cx + (x - cx) * factor), round(cy + (y - cy) * factor)]);
}

/** Scales every ring by one factor so that their total geodesic area is `targetKm2`. */
function scaleToArea(id, rings, targetKm2) {
  const drawnKm2 = rings.reduce((sum, ring) => sum + ringKm2(ring), 0);
  // Area grows with the square of a linear scale; one refinement pass absorbs the small
  // non-linearity of geodesic area over a few kilometres.
  let factor = Math.sqrt(targetKm2 / drawnKm2);
  if (Math.abs(factor - 1) > MAX_SCALE_CHANGE) {
    throw new Error(`${id}: drawn at ${drawnKm2.toFixed(2)} km², too far from ${targetKm2} km² to scale`);
  }
  let scaled = rings.map((ring) => scaleRing(ring, factor));
  factor *= Math.sqrt(targetKm2 / scaled.reduce((sum, ring) => sum + ringKm2(ring), 0));
  scaled = rings.map((ring) => scaleRing(ring, factor));
  return { rings: scaled, factor };
}

function drawnPolygons(zone) {
  const rings = zone.draw.map((ring) => {
    const closed = closeRing(ring);
    return isCounterClockwise(closed) ? closed : [...closed].reverse();
  });
  const target = zone.official_area_km2 ?? zone.drawAreaKm2;
  // With no figure to match, the rings are drawn to published dimensions and kept as they are.
  if (target == null) return { polygons: rings.map((ring) => [ring.map(([x, y]) => [round(x), round(y)])]), factor: 1 };
  const { rings: scaled, factor } = scaleToArea(zone.id, rings, target);
  return { polygons: scaled.map((ring) => [ring]), factor };
}

export function buildZones() {
  const geometryById = new Map();
  const scaleById = new Map();
  for (const zone of zones) {
    if (zone.point) geometryById.set(zone.id, { type: 'Point', coordinates: zone.point });
    if (!zone.draw) continue;
    const { polygons, factor } = drawnPolygons(zone);
    scaleById.set(zone.id, factor);
    geometryById.set(
      zone.id,
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons },
    );
  }
  const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
  const geometryOf = (id) => {
    if (geometryById.has(id)) return geometryById.get(id);
    const zone = zones.find((z) => z.id === id);
    if (!zone) throw new Error(`${id}: no such zone`);
    let geometry;
    if (zone.same_outline_as) {
      geometry = geometryOf(zone.same_outline_as);
    } else {
      const parts = zones.filter((z) => z.parent === id && !z.point);
      if (parts.length === 0) throw new Error(`${id}: no drawing, no point, no outline to share and no parts`);
      const polygons = parts.flatMap((part) => polygonsOf(geometryOf(part.id)));
      geometry =
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] }
          : { type: 'MultiPolygon', coordinates: polygons };
    }
    geometryById.set(id, geometry);
    return geometry;
  };

  const features = zones.map((zone) => {
    const properties = Object.fromEntries(Object.entries(zone).filter(([key]) => !BUILD_ONLY_KEYS.includes(key)));
    return { type: 'Feature', id: zone.id, properties, geometry: geometryOf(zone.id) };
  });
  return { collection: { type: 'FeatureCollection', features }, scaleById };
}

/** The basemap's district polygons, for the rule that zones lie in their stated districts. */
export function basemapDistricts() {
  const basemap = JSON.parse(readFileSync(join(ROOT, 'data', 'basemap', 'beijing.geojson'), 'utf8'));
  return basemap.features.filter((f) => f.properties.layer === 'district');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { collection, scaleById } = buildZones();
  const problems = checkZones(collection, { districts: basemapDistricts() });
  for (const f of collection.features) {
    const mapped = f.geometry.type === 'Point' ? '  point' : (turfArea(f) / 1e6).toFixed(2).padStart(7);
    const scale = scaleById.has(f.id) ? `  scaled ×${scaleById.get(f.id).toFixed(3)}` : '';
    console.log(
      `${f.id.padEnd(42)} official ${String(f.properties.official_area_km2).padStart(6)}  mapped ${mapped}${scale}`,
    );
  }
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p.id}: ${p.rule}: ${p.message}`);
    process.exitCode = 1;
  } else {
    writeFileSync(join(ROOT, 'data', 'zones.geojson'), JSON.stringify(collection, null, 1) + '\n');
    console.log(`wrote data/zones.geojson (${collection.features.length} zones)`);
  }
}
