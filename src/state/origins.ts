/**
 * The `origins=` allow-list of an embed link. A leaf module with no imports: both lazy chunks that read
 * it (the host API, features/embed/embedApi.lazy.ts, and the Share dialog's embed-code builder) share it without
 * pulling first-load modules into chunks of their own (see state/vocabulary.ts).
 */

/** Most origins an `origins=` list may name, and the longest one. */
const MAX_ORIGINS = 10;
const MAX_ORIGIN_LENGTH = 200;

/**
 * The allow-list of parent origins from the link's `origins=` parameter (comma-separated, each exactly
 * an origin: scheme, host and optional port, as `new URL(page).origin` writes it), or null when the link has none, which lets any
 * parent talk to the atlas. A list with nothing valid in it is empty, and then no parent may.
 */
export function parseOrigins(text: string | null): string[] | null {
  if (text === null) return null;
  const origins = text
    .split(',')
    .slice(0, MAX_ORIGINS)
    .map((part) => part.trim())
    .filter((part) => part.length <= MAX_ORIGIN_LENGTH && URL.canParse(part))
    // Exactly an origin: no path, query, credentials or trailing slash, and an http(s) scheme.
    .filter((part) => new URL(part).origin === part && /^https?:$/.test(new URL(part).protocol));
  return [...new Set(origins)];
}
