import type { ImportFormat } from './format';
import { geojson } from './geojson';
import { kml } from './kml';
import { kmz } from './kmz';
import { shapefile } from './shapefile';

export type { ImportFormat } from './format';

/**
 * Every format the import reads: the one list (docs/import.md, "Formats"). Its order is the order the
 * file picker offers the extensions and the refusal names the formats in; formats of one kind (text,
 * zip) are asked in this order whether a file is theirs, and their `sniff`s are written so that no two
 * claim the same file. A new format is a file in this folder and an entry here.
 */
export const IMPORT_FORMATS: readonly ImportFormat[] = [geojson, kml, kmz, shapefile];
