// vt-pbf ships no types; only the one function the tile server calls.
declare module 'vt-pbf' {
  /** A pbf (Mapbox Vector Tile) of geojson-vt tiles, one layer per key. */
  export function fromGeojsonVt(
    layers: Record<string, { features: readonly unknown[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}
