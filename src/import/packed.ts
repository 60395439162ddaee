import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Datum, UserFeature } from './types';

/**
 * Imported features in a compact form: every coordinate in one Float64Array, rings, polygons and
 * features as offsets into it, and each feature's box. The import worker builds it; typed arrays cross
 * to the page by transfer (no copy, no per-object clone), IndexedDB stores them as flat buffers, and the
 * user-tile worker (src/import/tiles/) cuts the map's vector tiles from a copy (no GeoJSON of the
 * features on the page or in MapLibre). The rest of the page sees `UserFeature`s whose geometry is
 * decoded only when something reads it (`packedFeatures`).
 */
export interface PackedFeatures {
  /** x, y of every position: feature by feature, polygon by polygon, ring by ring. */
  coordinates: Float64Array;
  /** The end of each ring, in positions (a ring's start is the previous ring's end). */
  ringEnds: Uint32Array;
  /** The end of each polygon, in rings. */
  polygonEnds: Uint32Array;
  /** The end of each feature, in polygons. */
  featureEnds: Uint32Array;
  /** 1 where the feature is a MultiPolygon (even one of a single polygon), 0 for a Polygon. */
  multi: Uint8Array;
  /** west, south, east, north of each feature. */
  bboxes: Float64Array;
  /** JSON of `PackedMeta`: the fields of the features other than their geometry, column by column. */
  meta: string;
}

/**
 * The features' other fields, one array per field (arrays of strings parse far faster than an array of
 * objects). Each feature's properties are a JSON text of their own, parsed when first read.
 */
export interface PackedMeta {
  ids: string[];
  names: string[];
  properties: string[];
  fileNames: string[];
  datums: Datum[];
  importedAts: string[];
}

/** The buffers of a pack, for `postMessage`'s transfer list. */
export const packedBuffers = (pack: PackedFeatures): ArrayBuffer[] =>
  [pack.coordinates, pack.ringEnds, pack.polygonEnds, pack.featureEnds, pack.multi, pack.bboxes].map(
    (array) => array.buffer as ArrayBuffer,
  );

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** Counts of positions, rings and polygons, to size the arrays once. */
function countParts(features: readonly UserFeature[]): { positions: number; rings: number; polygons: number } {
  let positions = 0;
  let rings = 0;
  let polygons = 0;
  for (const feature of features) {
    for (const polygon of polygonsOf(feature.geometry)) {
      polygons++;
      rings += polygon.length;
      for (const ring of polygon) positions += ring.length;
    }
  }
  return { positions, rings, polygons };
}

/** Packs features (their positions must be 2D: the pipeline drops heights). */
export function packFeatures(features: readonly UserFeature[]): PackedFeatures {
  const sizes = countParts(features);
  const coordinates = new Float64Array(sizes.positions * 2);
  const ringEnds = new Uint32Array(sizes.rings);
  const polygonEnds = new Uint32Array(sizes.polygons);
  const featureEnds = new Uint32Array(features.length);
  const multi = new Uint8Array(features.length);
  const bboxes = new Float64Array(features.length * 4);
  let [position, ring, polygon] = [0, 0, 0];
  features.forEach((feature, f) => {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygonsOf(feature.geometry)) {
      for (const positions of rings) {
        for (const [x, y] of positions) {
          coordinates[position * 2] = x!;
          coordinates[position * 2 + 1] = y!;
          position++;
          west = Math.min(west, x!);
          east = Math.max(east, x!);
          south = Math.min(south, y!);
          north = Math.max(north, y!);
        }
        ringEnds[ring++] = position;
      }
      polygonEnds[polygon++] = ring;
    }
    featureEnds[f] = polygon;
    multi[f] = feature.geometry.type === 'MultiPolygon' ? 1 : 0;
    bboxes.set([west, south, east, north], f * 4);
  });
  const meta: PackedMeta = {
    ids: features.map((f) => f.id),
    names: features.map((f) => f.name),
    properties: features.map((f) => JSON.stringify(f.properties)),
    fileNames: features.map((f) => f.fileName),
    datums: features.map((f) => f.datum),
    importedAts: features.map((f) => f.importedAt),
  };
  return {
    coordinates,
    ringEnds,
    polygonEnds,
    featureEnds,
    multi,
    bboxes,
    meta: JSON.stringify(meta),
  };
}

/** The number of features in a pack. */
export const packedCount = (pack: PackedFeatures): number => pack.featureEnds.length;

/** The geometry of feature `index`, decoded from the pack (fresh arrays, the caller's to keep). */
export function packedGeometry(
  pack: Pick<PackedFeatures, 'coordinates' | 'ringEnds' | 'polygonEnds' | 'featureEnds' | 'multi'>,
  index: number,
): Polygon | MultiPolygon {
  const { coordinates, ringEnds, polygonEnds, featureEnds } = pack;
  const polygons: Position[][][] = [];
  const firstPolygon = index === 0 ? 0 : featureEnds[index - 1]!;
  for (let p = firstPolygon; p < featureEnds[index]!; p++) {
    const rings: Position[][] = [];
    for (let r = p === 0 ? 0 : polygonEnds[p - 1]!; r < polygonEnds[p]!; r++) {
      const positions: Position[] = [];
      for (let i = r === 0 ? 0 : ringEnds[r - 1]!; i < ringEnds[r]!; i++) {
        positions.push([coordinates[i * 2]!, coordinates[i * 2 + 1]!]);
      }
      rings.push(positions);
    }
    polygons.push(rings);
  }
  return pack.multi[index]
    ? { type: 'MultiPolygon', coordinates: polygons }
    : { type: 'Polygon', coordinates: polygons[0]! };
}

/** The box (west, south, east, north) of feature `index`. */
export const packedBounds = (pack: PackedFeatures, index: number): [number, number, number, number] => [
  pack.bboxes[index * 4]!,
  pack.bboxes[index * 4 + 1]!,
  pack.bboxes[index * 4 + 2]!,
  pack.bboxes[index * 4 + 3]!,
];

/** Where a feature made by `packedFeatures` lives: its pack and its index there. */
export interface PackedPlace {
  pack: PackedFeatures;
  index: number;
}

/**
 * An imported feature read from a pack. Its geometry and properties are decoded when first read (then
 * kept): getters on the class, so making 50,000 of them costs little more than parsing the id and name
 * columns. Nothing in the app spreads or structured-clones a feature; `toJSON` gives the plain feature.
 */
class PackedUserFeature implements UserFeature {
  #geometry: Polygon | MultiPolygon | undefined;
  #properties: Readonly<Record<string, string>> | undefined;
  readonly #place: PackedPlace;
  readonly #propertiesText: string;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly fileName: string,
    readonly datum: Datum,
    readonly importedAt: string,
    place: PackedPlace,
    propertiesText: string,
  ) {
    this.#place = place;
    this.#propertiesText = propertiesText;
  }

  static placeOf(feature: UserFeature): PackedPlace | undefined {
    return #place in feature ? feature.#place : undefined;
  }

  get geometry(): Polygon | MultiPolygon {
    return (this.#geometry ??= packedGeometry(this.#place.pack, this.#place.index));
  }

  /** A record with no prototype again, as the pipeline made it: `__proto__` stays an ordinary key. */
  get properties(): Readonly<Record<string, string>> {
    return (this.#properties ??= Object.assign(
      Object.create(null) as Record<string, string>,
      JSON.parse(this.#propertiesText) as Record<string, string>,
    ));
  }

  toJSON(): UserFeature {
    const { id, name, properties, geometry, fileName, datum, importedAt } = this;
    return { id, name, properties, geometry, fileName, datum, importedAt };
  }
}

/** The pack a feature came from, if `packedFeatures` made it. */
export const packedPlace = (feature: UserFeature): PackedPlace | undefined => PackedUserFeature.placeOf(feature);

/** The features of a pack, as the rest of the page uses them (geometry and properties decoded when read). */
export function packedFeatures(pack: PackedFeatures): UserFeature[] {
  const meta = JSON.parse(pack.meta) as PackedMeta;
  return meta.ids.map(
    (id, index) =>
      new PackedUserFeature(
        id,
        meta.names[index]!,
        meta.fileNames[index]!,
        meta.datums[index]!,
        meta.importedAts[index]!,
        { pack, index },
        meta.properties[index]!,
      ),
  );
}
