import type { kml } from '@tmcw/togeojson';
import type { DOMParser } from '@xmldom/xmldom';
import type { parseZip } from 'shpjs';
import type { NoteCode } from '../codes';
import type { Refusal } from '../refusal';
import type { Bilingual } from '../types';

/**
 * What an import format is: one object per format (a file of its own in this folder) and one list of
 * them (index.ts). The pipeline (detect.ts) opens the file as text or as a zip, asks the formats of that
 * kind in the list's order whether the content is theirs (`sniff`), and lets the first that says yes
 * `read` it to a GeoJSON-like value. The file picker's `accept` and the refusal that lists what the atlas
 * reads come from the same list.
 *
 * Format files run on the page too (the picker and the messages read the list), so they import no
 * parsing library: the third-party parsers arrive in `ReadOptions.parsers`, which only the worker's
 * pipeline fills (parsers.ts), and the libraries stay in the worker's code.
 */

/** A zip entry (not inflated until a format asks for its text). */
export interface ZipEntry {
  readonly name: string;
  /** The entry as UTF-8 text, or `zip-unreadable`. */
  text(): Promise<string>;
}

/** A file that is not a zip, decoded as UTF-8 (any byte-order mark removed, never only whitespace). */
export interface TextInput {
  readonly fileName: string;
  readonly text: string;
}

/** A zip (starts with `PK`), with its entries listed (macOS's `__MACOSX` folder left out). */
export interface ZipInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
}

/** The third-party parsers; loaded in the worker only. */
export interface Parsers {
  /** @xmldom/xmldom's parser: workers have no DOMParser of their own. */
  DOMParser: typeof DOMParser;
  /** @tmcw/togeojson's KML reader. */
  kml: typeof kml;
  /** shpjs's reader of a zipped shapefile (reprojects to WGS84 with proj4 from the .prj). */
  parseZip: typeof parseZip;
}

export interface ReadOptions {
  /** Records a repair note (reported once, without a count). */
  note(code: NoteCode): void;
  parsers: Parsers;
}

export interface ReadResult {
  /** A GeoJSON FeatureCollection, Feature or geometry, not yet checked (geojson.ts's `collect` does). */
  root: unknown;
  /**
   * True when the format's outer rings run clockwise by definition (shapefiles): turning them to
   * RFC 7946 is then a conversion, not a repair to report.
   */
  clockwiseByDefinition?: boolean;
}

interface FormatDescription {
  /** Also the name of the format's file in this folder (docs/import.md names it; a test checks). */
  id: string;
  /** Lower case, with the dot; the picker offers them in the list's order. */
  extensions: readonly string[];
  /** Media types of the format, for reference (the picker offers extensions only). */
  mime: readonly string[];
  /** How the refusal that lists the formats names it, in both languages ("a zipped shapefile"). */
  label: Bilingual;
  /** Formats of one family are named together: "KML or KMZ (.kml, .kmz)". */
  family?: string;
  /**
   * The refusal when the file's extension names this format but no format recognises its content
   * (e.g. a `.json` that does not start with `{`). Without it such a file is `unknown-format`.
   */
  misnamed?: () => Refusal;
}

export interface TextFormat extends FormatDescription {
  container: 'text';
  sniff(input: TextInput): boolean;
  read(input: TextInput, options: ReadOptions): ReadResult | Promise<ReadResult>;
}

export interface ZipFormat extends FormatDescription {
  container: 'zip';
  sniff(input: ZipInput): boolean;
  read(input: ZipInput, options: ReadOptions): ReadResult | Promise<ReadResult>;
}

export type ImportFormat = TextFormat | ZipFormat;

/** The first character that is not whitespace: what text formats are told apart by. */
export const firstCharacter = (text: string): string | undefined => /\S/.exec(text)?.[0];
