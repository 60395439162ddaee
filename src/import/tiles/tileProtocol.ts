import type { PackedFeatures } from '../packed';
import type { UserFeature } from '../types';

/**
 * The messages between the page and the user-tile worker (tileWorker.ts). The worker holds the packs of
 * the imported features and makes vector tiles of them, so MapLibre never gets their GeoJSON: the page
 * passes one tile's bytes at a time (src/map/userTiles.ts serves them through `addProtocol`).
 */

/** The source-layer of the imported features in their vector tiles (the map's layers name it). */
export const USER_TILE_LAYER = 'user-features';
/** The deepest zoom tiles are made for; MapLibre over-zooms beyond (as its GeoJSON sources do, at 18). */
export const USER_TILE_MAX_ZOOM = 18;
/** The URL scheme MapLibre asks for them by (src/map/userTiles.ts serves it). */
export const USER_TILE_SCHEME = 'atlas-user';

/** What a tile needs of a pack: its geometry and its ids (in `meta`), not the map text. */
export type TilePack = Pick<
  PackedFeatures,
  'coordinates' | 'ringEnds' | 'polygonEnds' | 'featureEnds' | 'multi' | 'meta'
>;

/** A feature that came from no pack (a v1 record from storage): its id and geometry as objects. */
export interface LooseFeature {
  id: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

/**
 * The features to draw, in the list's order: `order` holds (pack key, index) pairs; key 0 means
 * `loose[index]`. Packs the worker already holds are not sent again (`packs` has only the new ones);
 * a pack no pair names is dropped.
 */
export interface TileSet {
  type: 'set';
  packs: { key: number; pack: TilePack }[];
  order: Uint32Array;
  loose: LooseFeature[];
}

export interface TileAsk {
  type: 'tile';
  id: number;
  z: number;
  x: number;
  y: number;
}

export type TileRequest = TileSet | TileAsk;

/** One tile's pbf bytes (transferred), or null for a tile with nothing in it. */
export interface TileAnswer {
  id: number;
  bytes: ArrayBuffer | null;
}

/** The page's side of the user tiles (tileClient.lazy.ts): hands the features over, asks for tiles. */
export interface TileClient {
  /** The features to draw from now on (only packs the worker does not hold yet are sent). */
  set(features: readonly UserFeature[]): void;
  /** Tile z/x/y's pbf bytes (empty when nothing reaches it). */
  tile(z: number, x: number, y: number): Promise<ArrayBuffer>;
}
