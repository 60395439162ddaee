import { Refusal } from './refusal';
import type { NoteCode } from './codes';

/**
 * The text of a file that is not a zip. It must be UTF-8 (a UTF-8 byte-order mark is removed and
 * noted: Windows tools write one, RFC 8259 lets parsers ignore it); UTF-16 and invalid UTF-8 are
 * refused with their own codes. `textual` (the extension names a text format) decides between
 * refusals: a binary or undecodable file with another extension is simply not a format we read.
 */
export function decodeText(bytes: Uint8Array, textual: boolean, note: (code: NoteCode) => void): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Refusal('not-utf8');
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    note('bom');
  }
  // A NUL among the first bytes means binary (an image, a .shp outside its zip…), not broken text.
  if (!textual && bytes.subarray(0, 1024).includes(0)) throw new Refusal('unknown-format');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw new Refusal(textual ? 'invalid-utf8' : 'unknown-format');
  }
  if (!/\S/.test(text)) throw new Refusal('empty-file');
  return text;
}
