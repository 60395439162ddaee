// Builds data/zones.geojson from scripts/zones/spec.mjs. Repeatable: `npm run data:zones`.
// Each drawn ring is scaled about its own centroid so that the zone's geodesic area (Turf) equals its
// official area; a zone with no drawing takes the union of its parts' outlines.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import turfArea from '@turf/area';
import { zones, unpublishedPartTargets } from './zones/spec.mjs';

const round = (value) => Math.round(value * 1e5) / 1e5;
const polygonArea = (rings) => turfArea({ type: 'Polygon', coordinates: rings });

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
function scaleToArea(rings, targetKm2) {
  const areaM2 = rings.reduce((sum, ring) => sum + polygonArea([ring]), 0);
  // Area grows with the square of a linear scale; one refinement pass absorbs the small
  // non-linearity of geodesic area over a few kilometres.
  let factor = Math.sqrt((targetKm2 * 1e6) / areaM2);
  let scaled = rings.map((ring) => scaleRing(ring, factor));
  const scaledKm2 = scaled.reduce((sum, ring) => sum + polygonArea([ring]), 0) / 1e6;
  factor *= Math.sqrt(targetKm2 / scaledKm2);
  scaled = rings.map((ring) => scaleRing(ring, factor));
  return scaled;
}

export function buildZones() {
  const polygonsById = new Map();
  for (const zone of zones.filter((z) => z.draw)) {
    const rings = zone.draw.map((ring) => {
      const closed = closeRing(ring);
      return isCounterClockwise(closed) ? closed : [...closed].reverse();
    });
    const target = zone.official_area_km2 ?? unpublishedPartTargets[zone.id];
    if (target == null) throw new Error(`${zone.id}: no official area and no drawing target`);
    polygonsById.set(
      zone.id,
      scaleToArea(rings, target).map((ring) => [ring]),
    );
  }
  const polygonsOf = (id) => {
    if (polygonsById.has(id)) return polygonsById.get(id);
    const children = zones.filter((z) => z.parent === id);
    if (children.length === 0) throw new Error(`${id}: no drawing and no parts`);
    const polygons = children.flatMap((child) => polygonsOf(child.id));
    polygonsById.set(id, polygons);
    return polygons;
  };

  const features = zones.map((zone) => {
    // `draw` is build input, not data: it stays out of the file.
    const properties = Object.fromEntries(Object.entries(zone).filter(([key]) => key !== 'draw'));
    const polygons = polygonsOf(zone.id);
    const geometry =
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons };
    return { type: 'Feature', id: zone.id, properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'zones.geojson');
  const collection = buildZones();
  writeFileSync(out, JSON.stringify(collection, null, 1) + '\n');
  for (const f of collection.features) {
    const mapped = turfArea(f) / 1e6;
    console.log(
      `${f.id.padEnd(40)} official ${String(f.properties.official_area_km2).padStart(6)}  mapped ${mapped.toFixed(2)}`,
    );
  }
}
