import { Refusal } from './refusal';

/** A feature whose geometry is a Polygon or MultiPolygon by its `type`; coordinates not yet checked. */
export interface Candidate {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  properties: unknown;
  /** 1-based position in the file, for messages. */
  index: number;
}

export interface Collected {
  candidates: Candidate[];
  /** Features skipped: no geometry, or points and lines (also GeometryCollections without polygons). */
  nulls: number;
  points: number;
  lines: number;
  collections: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const POINTS = new Set(['Point', 'MultiPoint']);
const LINES = new Set(['LineString', 'MultiLineString']);

/**
 * The polygon members of a GeometryCollection as one MultiPolygon (KML's MultiGeometry arrives as a
 * GeometryCollection from togeojson), or null when it holds none. Nested collections are not entered.
 */
function polygonsOf(collection: Record<string, unknown>): unknown[] | null {
  const members = Array.isArray(collection.geometries) ? collection.geometries : [];
  const polygons: unknown[] = [];
  for (const member of members) {
    if (!isObject(member)) continue;
    if (member.type === 'Polygon') polygons.push(member.coordinates);
    else if (member.type === 'MultiPolygon' && Array.isArray(member.coordinates)) polygons.push(...member.coordinates);
  }
  return polygons.length > 0 ? polygons : null;
}

/**
 * The features of a parsed GeoJSON value. A FeatureCollection, a Feature, or a bare Polygon or
 * MultiPolygon (RFC 7946 allows a geometry as the whole text and tools such as mapshaper write them:
 * refusing one would only make the visitor wrap it by hand). Anything else is `not-geojson`.
 */
export function collect(root: unknown): Collected {
  if (!isObject(root)) throw new Refusal('not-geojson');
  let features: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new Refusal('not-geojson');
    features = root.features;
  } else if (root.type === 'Feature') features = [root];
  else if (typeof root.type === 'string' && 'coordinates' in root) features = [{ geometry: root, properties: null }];
  else if (root.type === 'GeometryCollection') features = [{ geometry: root, properties: null }];
  else throw new Refusal('not-geojson');
  if (features.length === 0) throw new Refusal('no-features');

  const result: Collected = { candidates: [], nulls: 0, points: 0, lines: 0, collections: 0 };
  features.forEach((feature, i) => {
    const index = i + 1;
    if (!isObject(feature)) throw new Refusal('invalid-geometry', { feature: index });
    const geometry = feature.geometry;
    if (geometry === null || geometry === undefined) result.nulls++;
    else if (!isObject(geometry)) throw new Refusal('invalid-geometry', { feature: index });
    else if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      result.candidates.push({ type: geometry.type, coordinates: geometry.coordinates, properties: feature.properties, index });
    } else if (geometry.type === 'GeometryCollection') {
      const polygons = polygonsOf(geometry);
      if (polygons) result.candidates.push({ type: 'MultiPolygon', coordinates: polygons, properties: feature.properties, index });
      else result.collections++;
    } else if (POINTS.has(geometry.type as string)) result.points++;
    else if (LINES.has(geometry.type as string)) result.lines++;
    else throw new Refusal('invalid-geometry', { feature: index });
  });

  if (result.candidates.length === 0) {
    if (result.collections > 0) throw new Refusal('geometry-collection');
    if (result.nulls === features.length) throw new Refusal('null-geometry');
    throw new Refusal('no-polygons', describeFound(result));
  }
  return result;
}

/** "3 points, 2 lines" in both languages, for the `no-polygons` message. */
function describeFound({ points, lines, nulls }: Collected): Record<string, string> {
  const en: string[] = [];
  const zh: string[] = [];
  if (points) (en.push(`${points} point${points === 1 ? '' : 's'}`), zh.push(`${points} 个点`));
  if (lines) (en.push(`${lines} line${lines === 1 ? '' : 's'}`), zh.push(`${lines} 条线`));
  if (nulls) (en.push(`${nulls} without geometry`), zh.push(`${nulls} 个无几何要素`));
  return { found: en.join(', '), foundZh: zh.join('，') };
}
