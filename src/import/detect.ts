import type { NoteCode } from './codes';
import { IMPORT_FORMATS } from './formats';
import type { ReadOptions, ReadResult, TextFormat, ZipFormat } from './formats/format';
import { Refusal } from './refusal';
import { decodeText } from './text';
import { isZip, openZip } from './zip';

/** Reads the file with the format chosen for it. */
export type Reader = (options: ReadOptions) => Promise<ReadResult>;

const TEXT_FORMATS = IMPORT_FORMATS.filter((format): format is TextFormat => format.container === 'text');
const ZIP_FORMATS = IMPORT_FORMATS.filter((format): format is ZipFormat => format.container === 'zip');

/** Plain text may hold GeoJSON or KML: decoding it fails as text does, not as an unknown file. */
const PLAIN_TEXT = '.txt';

const extensionOf = (fileName: string): string => /\.[^.]*$/.exec(fileName)?.[0].toLowerCase() ?? '';

function fromZip(bytes: Uint8Array, fileName: string): Reader {
  const input = { fileName, bytes, entries: openZip(bytes) };
  const format = ZIP_FORMATS.find((candidate) => candidate.sniff(input));
  if (!format) throw new Refusal('zip-not-shapefile');
  return async (options) => format.read(input, options);
}

function fromText(bytes: Uint8Array, fileName: string, note: (code: NoteCode) => void): Reader {
  const extension = extensionOf(fileName);
  const textual = extension === PLAIN_TEXT || TEXT_FORMATS.some((format) => format.extensions.includes(extension));
  const input = { fileName, text: decodeText(bytes, textual, note) };
  const format = TEXT_FORMATS.find((candidate) => candidate.sniff(input));
  if (format) return async (options) => format.read(input, options);
  // No format knows the content: the extension may still say what the visitor meant it to be.
  const named = IMPORT_FORMATS.find((candidate) => candidate.extensions.includes(extension) && candidate.misnamed);
  throw named?.misnamed?.() ?? new Refusal('unknown-format');
}

/**
 * Chooses the file's format from IMPORT_FORMATS by its content, never by its name: a zip (`PK`) is
 * offered to the zip formats, anything else is decoded as text and offered to the text formats, each
 * in the list's order. The extension only chooses between refusals. Throws a `Refusal`: empty, not
 * UTF-8, a zip no format claims (`zip-not-shapefile`), text no format claims (`unknown-format`, or the
 * `misnamed` refusal of the format the extension names).
 */
export function detect(bytes: Uint8Array, fileName: string, note: (code: NoteCode) => void): Reader {
  if (bytes.length === 0) throw new Refusal('empty-file');
  return isZip(bytes) ? fromZip(bytes, fileName) : fromText(bytes, fileName, note);
}
