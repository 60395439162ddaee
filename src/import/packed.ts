import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Datum, UserFeature } from './types';

/**
 * Imported features in a compact form: every coordinate in one Float64Array, rings, polygons and
 * features as offsets into it, each feature's box, and each feature's map GeoJSON as UTF-8 bytes. The
 * import worker builds it; typed arrays cross to the page by transfer (no copy, no per-object clone),
 * IndexedDB stores them as flat buffers, and the map gets the bytes as a `blob:` URL that MapLibre's
 * own worker reads (no clone of the features on the page). The rest of the page sees `UserFeature`s
 * whose geometry is decoded only when something reads it (`packedFeatures`).
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
  /** Each feature as the map draws it (id, name, geometry) in UTF-8 JSON, separated by one comma. */
  mapText: Uint8Array;
  /** The end of each feature's text in `mapText`, in bytes (the next starts one byte, the comma, later). */
  mapTextEnds: Uint32Array;
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
  [
    pack.coordinates,
    pack.ringEnds,
    pack.polygonEnds,
    pack.featureEnds,
    pack.multi,
    pack.bboxes,
    pack.mapText,
    pack.mapTextEnds,
  ].map((array) => array.buffer as ArrayBuffer);

/** A growing byte buffer for the map text. */
class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  private readonly encoder = new TextEncoder();

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const need = this.length + text.length * 3;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }
}

const polygonsOf = (geometry: Polygon | MultiPolygon): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** The map's GeoJSON of one feature: only what the map needs (id and name), not the file's properties. */
export const mapFeature = (feature: UserFeature): GeoJSON.Feature => ({
  type: 'Feature',
  properties: { id: feature.id, name: feature.name },
  geometry: feature.geometry,
});

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
  const mapTextEnds = new Uint32Array(features.length);
  const text = new ByteWriter();
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
    if (f > 0) text.write(',');
    text.write(JSON.stringify(mapFeature(feature)));
    mapTextEnds[f] = text.length;
  });
  const meta: PackedMeta = {
    ids: features.map((f) => f.id),
    names: features.map((f) => f.name),
    properties: features.map((f) => JSON.stringify(f.properties)),
    fileNames: features.map((f) => f.fileName),
    datums: features.map((f) => f.datum),
    importedAts: features.map((f) => f.importedAt),
  };
  const mapText = text.bytes.slice(0, text.length);
  return {
    coordinates,
    ringEnds,
    polygonEnds,
    featureEnds,
    multi,
    bboxes,
    mapText,
    mapTextEnds,
    meta: JSON.stringify(meta),
  };
}

/** The number of features in a pack. */
export const packedCount = (pack: PackedFeatures): number => pack.featureEnds.length;

/** The geometry of feature `index`, decoded from the pack (fresh arrays, the caller's to keep). */
export function packedGeometry(pack: PackedFeatures, index: number): Polygon | MultiPolygon {
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

/** The bytes of features `from` to `to` (inclusive) of the map text, commas between them. */
export const packedMapText = (pack: PackedFeatures, from: number, to: number): Uint8Array =>
  pack.mapText.subarray(from === 0 ? 0 : pack.mapTextEnds[from - 1]! + 1, pack.mapTextEnds[to]);

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
