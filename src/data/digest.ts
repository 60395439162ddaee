/**
 * A short fingerprint of a text: its length and the 32-bit FNV-1a hash of its UTF-16 code units, as
 * `"<length>:<hex>"`. It tells whether a bundled data file is, byte for byte, the one the build checked
 * (see load.ts); it is not a defence against an attacker, who could change the page's code as easily.
 * About half a millisecond for the 70 KB zones file.
 */
export function textDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
