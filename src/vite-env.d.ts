/// <reference types="vite/client" />

/** The digest (src/data/digest.ts) of the zones file the build checked (scripts/build/zonesIntegrity.ts). */
declare module 'virtual:zones-integrity' {
  export const CHECKED_ZONES_DIGEST: string;
}
