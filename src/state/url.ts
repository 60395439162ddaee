import { initialAppState, LINKED_KEYS, linkOf, type DecodeContext, type LinkedKey, type UrlState } from './fields';

export type { UrlState } from './fields';

/**
 * The URL codec: the part of the app state a link carries, to and from a query string, driven by the
 * table of state fields (fields.ts). Pure (no DOM, no window), so it is unit-tested in Node. Decoding
 * never throws: a missing, malformed or tampered value falls back to that field's default and leaves
 * the other fields alone.
 *
 * Example: `?center=116.58,40.07&zoom=12&bearing=30&zone=cbd-part&layers=ftz-area,subway&lang=zh&theme=dark&basemap=osm`
 */

/** The query parameters this codec owns; any other parameter in the URL is left as it is. */
export const URL_KEYS: readonly string[] = LINKED_KEYS.flatMap((key) => linkOf(key).params);

export const DEFAULT_URL_STATE: UrlState = Object.fromEntries(
  LINKED_KEYS.map((key) => [key, initialAppState[key]]),
) as UrlState;

export interface DecodeOptions extends DecodeContext {
  /** Defaults for missing or invalid fields (e.g. the browser's language); DEFAULT_URL_STATE otherwise. */
  defaults?: Partial<UrlState>;
}

/** The linked part of `state`. */
export const urlStateOf = (state: UrlState): UrlState =>
  Object.fromEntries(LINKED_KEYS.map((key) => [key, state[key]])) as UrlState;

/** Reads the URL state from a query string (`?a=b…` or `a=b…`) or URLSearchParams. Never throws. */
export function decodeUrlState(query: string | URLSearchParams, options: DecodeOptions = {}): UrlState {
  const defaults: UrlState = { ...DEFAULT_URL_STATE, ...options.defaults };
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const decodeField = <K extends LinkedKey>(key: K) => linkOf(key).decode(params, defaults[key], options);
  return Object.fromEntries(LINKED_KEYS.map((key) => [key, decodeField(key)])) as UrlState;
}

const sameEntries = (a: [string, string][], b: [string, string][]) =>
  a.length === b.length && a.every(([key, value], i) => key === b[i]![0] && value === b[i]![1]);

/**
 * The URL parameters for `state`. A field that says the same as its default is left out to keep links
 * short, unless it must always be written (the language, whose default follows the browser).
 */
export function encodeUrlState(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  const encodeField = <K extends LinkedKey>(key: K) => {
    const link = linkOf(key);
    const entries = link.encode(state[key]);
    if (link.alwaysWritten || !sameEntries(entries, link.encode(DEFAULT_URL_STATE[key]))) {
      for (const [param, value] of entries) params.set(param, value);
    }
  };
  for (const key of LINKED_KEYS) encodeField(key);
  return params;
}

/**
 * The query string `search` with this codec's keys replaced by those of `state`. Parameters that no
 * field owns are kept as they are.
 */
export function mergeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of URL_KEYS) params.delete(key);
  for (const [key, value] of encodeUrlState(state)) params.set(key, value);
  // Commas are safe in a query and read better than %2C in a shared link.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
