import { iter, type ZipItem } from 'but-unzip';
import type { ZipEntry } from './formats/format';
import { Refusal } from './refusal';

/** A zip starts with a local file header (`PK\x03\x04`) or, when empty, its end record (`PK\x05\x06`). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/**
 * Whether the zip's end-of-central-directory record is where a zip keeps it: in the last 22 + 65,535
 * bytes (the longest comment). but-unzip 0.1 loops forever when it is missing and a `P` comes first
 * (a truncated download), so a zip without one is refused before but-unzip sees it.
 */
function hasEndRecord(bytes: Uint8Array): boolean {
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - 65_535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return true;
  }
  return false;
}

async function textOf(item: ZipItem): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await item.read());
  } catch {
    throw new Refusal('zip-unreadable');
  }
}

/**
 * The entries of a zip (names only; an entry is inflated when a format asks for its text), macOS's
 * `__MACOSX` folder left out, or `zip-unreadable`. Runs in the worker only (but-unzip stays there).
 */
export function openZip(bytes: Uint8Array): ZipEntry[] {
  if (!hasEndRecord(bytes)) throw new Refusal('zip-unreadable');
  let items: ZipItem[];
  try {
    items = [...iter(bytes)].filter((item) => !item.filename.includes('__MACOSX'));
  } catch {
    throw new Refusal('zip-unreadable');
  }
  return items.map((item) => ({ name: item.filename, text: () => textOf(item) }));
}
