// Geometry rules for the zones file, shared by the build (which refuses to write a bad file) and the unit
// tests (which also run them on named bad fixtures). Each rule returns problems, never throws, so one
// run lists everything that is wrong.
import turfArea from '@turf/area';
import booleanValid from '@turf/boolean-valid';
import kinks from '@turf/kinks';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import intersect from '@turf/intersect';

/** An outline may differ from its official area by this fraction. */
export const AREA_TOLERANCE = 0.05;
/** The Beijing municipality with a small margin, [west, south, east, north]: catches swapped lon/lat. */
export const BEIJING_REGION = [115.4, 39.4, 117.6, 41.1];
/** Shared edges give slivers of a few m² when intersected; anything above this is a real overlap. */
const OVERLAP_M2 = 1000;
/** A part counts as inside its parent or district when at least this share of it is. */
const INSIDE_SHARE = 0.999;

const isPolygonal = (f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
const km2 = (f) => turfArea(f) / 1e6;
// @turf/boolean-valid checks closure, spikes and holes but not a ring crossing itself (a bow-tie);
// @turf/kinks finds those.
const isValid = (f) => booleanValid(f) && (f.geometry.type === 'Point' || kinks(f).features.length === 0);
const problem = (id, rule, message) => ({ id, rule, message });

function overlapM2(a, b) {
  const shared = intersect({ type: 'FeatureCollection', features: [a, b] });
  return shared ? turfArea(shared) : 0;
}

/** Share of `inner` (polygonal) that lies inside the union of `outers` (which must not overlap). */
function shareInside(inner, outers) {
  const total = turfArea(inner);
  return outers.reduce((sum, outer) => sum + overlapM2(inner, outer), 0) / total;
}

function allPositions(geometry) {
  if (geometry.type === 'Point') return [geometry.coordinates];
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return rings.flat();
}

/** The ids of a zone and all its ancestors. */
function lineage(id, byId) {
  const ids = [];
  for (let current = byId.get(id); current && !ids.includes(current.properties.id);) {
    ids.push(current.properties.id);
    current = current.properties.parent ? byId.get(current.properties.parent) : undefined;
  }
  return ids;
}

function checkEach(features) {
  const problems = [];
  const [west, south, east, north] = BEIJING_REGION;
  for (const f of features) {
    const { id, official_area_km2: official } = f.properties;
    if (!isValid(f)) problems.push(problem(id, 'invalid-geometry', 'a ring is not valid (OGC simple features)'));
    if (allPositions(f.geometry).some(([x, y]) => !(x >= west && x <= east && y >= south && y <= north))) {
      problems.push(problem(id, 'outside-region', 'a coordinate lies outside the Beijing region'));
    }
    if (isPolygonal(f) && official !== null) {
      const ratio = km2(f) / official;
      if (Math.abs(ratio - 1) > AREA_TOLERANCE) {
        const message = `outline ${km2(f).toFixed(2)} km² vs official ${official} km² (${((ratio - 1) * 100).toFixed(1)}%)`;
        problems.push(problem(id, 'area-mismatch', message));
      }
    }
  }
  return problems;
}

function checkParents(features, byId) {
  const problems = [];
  for (const f of features) {
    const parent = f.properties.parent && byId.get(f.properties.parent);
    if (!parent || !isPolygonal(parent)) continue;
    const inside = isPolygonal(f)
      ? shareInside(f, [parent]) >= INSIDE_SHARE
      : booleanPointInPolygon(f.geometry.coordinates, parent);
    if (!inside)
      problems.push(problem(f.properties.id, 'outside-parent', `not inside its parent "${parent.properties.id}"`));
  }
  for (const parent of features) {
    const children = features.filter((f) => f.properties.parent === parent.properties.id);
    const official = children.map((c) => c.properties.official_area_km2);
    const parentOfficial = parent.properties.official_area_km2;
    const sum = official.reduce((s, a) => s + (a ?? 0), 0);
    if (parentOfficial !== null && sum > parentOfficial + 1e-9) {
      const message = `its parts' official areas add up to ${sum} km², more than its ${parentOfficial} km²`;
      problems.push(problem(parent.properties.id, 'parts-exceed-parent', message));
    }
  }
  return problems;
}

/**
 * Two outlines may overlap only when one lies within the other's family: a zone and its ancestors, or
 * a zone drawn on another's outline (`same_outline_as`) and that zone's family.
 */
function checkOverlaps(features, byId) {
  const problems = [];
  const polygons = features.filter(isPolygonal);
  const landOf = (f) => f.properties.same_outline_as ?? f.properties.id;
  for (let i = 0; i < polygons.length; i++) {
    for (let j = i + 1; j < polygons.length; j++) {
      const [a, b] = [polygons[i], polygons[j]];
      const [landA, landB] = [landOf(a), landOf(b)];
      if (lineage(landA, byId).includes(landB) || lineage(landB, byId).includes(landA)) continue;
      const shared = overlapM2(a, b);
      if (shared > OVERLAP_M2) {
        const message = `overlaps "${b.properties.id}" by ${(shared / 1e6).toFixed(3)} km²`;
        problems.push(problem(a.properties.id, 'overlap', message));
      }
    }
  }
  return problems;
}

/** Zones whose districts are all on the basemap must lie inside them. */
function checkDistricts(features, districts) {
  const problems = [];
  const byName = new Map(districts.map((d) => [d.properties.name_en, d]));
  for (const f of features) {
    const named = f.properties.district.map((name) => byName.get(name));
    if (named.length === 0 || named.some((d) => !d)) continue;
    const inside = isPolygonal(f)
      ? shareInside(f, named) >= INSIDE_SHARE
      : named.some((d) => booleanPointInPolygon(f.geometry.coordinates, d));
    if (!inside) {
      problems.push(problem(f.properties.id, 'outside-district', `not inside ${f.properties.district.join(' + ')}`));
    }
  }
  return problems;
}

/**
 * Every geometry rule over a zones FeatureCollection. `districts` (basemap features with `name_en`)
 * turns on the district rule. Returns a list of { id, rule, message }; empty means the file is sound.
 */
export function checkZones(collection, { districts = [] } = {}) {
  const features = collection.features;
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  return [
    ...checkEach(features),
    ...checkParents(features, byId),
    ...checkOverlaps(features, byId),
    ...(districts.length ? checkDistricts(features, districts) : []),
  ];
}
