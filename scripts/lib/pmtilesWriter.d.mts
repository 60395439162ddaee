export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The uncompressed vector tile. */
  data: Uint8Array;
}

export function writePmtiles(options: {
  tiles: TileInput[];
  metadata: unknown;
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north (degrees). */
  bounds: [number, number, number, number];
  centerZoom: number;
  /** Bytes the reader's first request reads (header and root directory); 16384, as the reader. */
  firstRequest?: number;
}): Buffer;
