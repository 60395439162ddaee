/**
 * The stable codes of the import's refusals and repair notes (tests assert codes; importMessages.ts words
 * them in both languages and fails to compile when one is missing). They stand apart from the messages
 * because the messages name the formats (src/import/formats/) and the formats refuse and note: with the
 * codes here, neither imports the other.
 */
export type RefusalCode =
  | 'empty-file'
  | 'file-too-large'
  | 'unknown-format'
  | 'invalid-utf8'
  | 'not-utf8'
  | 'not-json'
  | 'truncated-json'
  | 'too-deep'
  | 'non-finite-number'
  | 'not-geojson'
  | 'no-features'
  | 'null-geometry'
  | 'geometry-collection'
  | 'no-polygons'
  | 'invalid-geometry'
  | 'coordinates-not-numbers'
  | 'ring-too-short'
  | 'coordinates-out-of-range'
  | 'projected-coordinates'
  | 'ring-too-large'
  | 'too-many-features'
  | 'too-many-vertices'
  | 'invalid-xml'
  | 'xml-entities'
  | 'kml-no-placemarks'
  | 'zip-unreadable'
  | 'zip-not-shapefile'
  | 'shapefile-unreadable'
  | 'internal-error'
  | 'worker-failed'
  | 'worker-unavailable'
  | 'timeout';

export type NoteCode =
  | 'bom'
  | 'reprojected'
  | 'converted-gcj02'
  | 'converted-bd09'
  | 'closed-rings'
  | 'rewound'
  | 'duplicates'
  | 'dropped-z'
  | 'dropped-non-polygons'
  | 'dropped-null'
  | 'dropped-empty'
  | 'self-intersecting'
  | 'values-shortened'
  | 'properties-dropped';
