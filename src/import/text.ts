import { Refusal } from './refusal';
import type { NoteCode } from './importMessages';

/** What the first bytes say the file is; the extension only decides between refusals. */
export type Sniffed = { kind: 'zip' } | { kind: 'json' | 'xml'; text: string } | { kind: 'text'; text: string };

const TEXT_EXTENSIONS = /\.(geo)?json$|\.kml$|\.txt$/i;

const extensionOf = (fileName: string): string => /\.[^.]*$/.exec(fileName)?.[0].toLowerCase() ?? '';

/**
 * Sniffs the format by content: a zip starts with `PK`, JSON with `{` or `[`, XML with `<`. Text must be
 * UTF-8 (a UTF-8 byte-order mark is removed and noted: Windows tools write one, RFC 8259 lets parsers
 * ignore it); UTF-16 and invalid UTF-8 are refused with their own codes.
 */
export function sniff(bytes: Uint8Array, fileName: string, note: (code: NoteCode) => void): Sniffed {
  if (bytes.length === 0) throw new Refusal('empty-file');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return { kind: 'zip' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Refusal('not-utf8');
  }
  const extension = extensionOf(fileName);
  const textual = TEXT_EXTENSIONS.test(extension);
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
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) throw new Refusal('empty-file');
  if (first === '{' || first === '[') return { kind: 'json', text };
  if (first === '<') return { kind: 'xml', text };
  if (extension === '.json' || extension === '.geojson') {
    throw new Refusal('not-json', { detail: 'it does not start with { or [', detailZh: '（开头不是 { 或 [）' });
  }
  if (extension === '.kml') {
    throw new Refusal('invalid-xml', { detail: 'it does not start with <', detailZh: '（开头不是 <）' });
  }
  if (extension === '.zip') throw new Refusal('zip-unreadable');
  throw new Refusal('unknown-format');
}
