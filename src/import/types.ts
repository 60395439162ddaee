import type { MultiPolygon, Polygon } from 'geojson';

/**
 * The seam between the import pipeline (src/import: reading, validating and repairing a visitor's file
 * in a Web Worker) and the rest of the app (state, storage, map, panels), which only ever sees
 * `UserFeature`s and an `ImportOutcome`.
 */

/** The coordinate systems a visitor can say their file uses. Web maps in China use GCJ-02 or BD-09. */
export const DATUMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Datum = (typeof DATUMS)[number];

/** A message the page shows in the visitor's language. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A polygon feature a visitor brought, repaired and converted to WGS84; kept only in their browser. */
export interface UserFeature {
  /** `user-` and a short hash of the geometry and name: stable across reloads, never a zone id. */
  id: string;
  /** From the file's name/title property, or the file name and a number; plain text. */
  name: string;
  /** The file's properties, flattened to strings and capped in length; shown as a text table. */
  properties: Readonly<Record<string, string>>;
  geometry: Polygon | MultiPolygon;
  /** The file it came from, the coordinate system the visitor chose, and when (ISO 8601). */
  fileName: string;
  datum: Datum;
  importedAt: string;
}

export type ImportOutcome =
  | {
      ok: true;
      fileName: string;
      features: UserFeature[];
      /** What was repaired (closed rings, rewound, duplicate vertices dropped…), one line each. */
      repairs: Bilingual[];
    }
  | {
      ok: false;
      fileName: string;
      /** A stable code per defect (e.g. `not-json`, `no-polygons`, `projected-coordinates`), for tests. */
      code: string;
      message: Bilingual;
    };
