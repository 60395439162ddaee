/// <reference types="vite/client" />

/** The digest (src/data/digest.ts) of the zones file the build checked (scripts/build/zonesIntegrity.ts). */
declare module 'virtual:zones-integrity' {
  export const CHECKED_ZONES_DIGEST: string;
}

/**
 * What MapLibre's style needs from the zones file the build checked (scripts/build/zonesIntegrity.mjs):
 * `zoneStyleData(zones)` (src/map/style/zoneStyleData.ts), typed where it is read (map/view.ts).
 */
declare module 'virtual:zone-style' {
  export const ZONE_STYLE: unknown;
}

interface ImportMetaEnv {
  /** BASEMAP_FORMAT (src/config.ts) is `tiles`; set by the build (vite.config.ts), unset under Vitest. */
  readonly ATLAS_BASEMAP_TILES?: boolean;
}
