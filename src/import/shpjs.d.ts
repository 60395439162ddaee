// shpjs 6 ships no types; the one function the import uses.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  export function parseZip(
    buffer: ArrayBuffer | Uint8Array,
    whiteList?: string[],
  ): Promise<(FeatureCollection & { fileName?: string }) | (FeatureCollection & { fileName?: string })[]>;
}
