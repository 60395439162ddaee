import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type LngLat } from '../config';
import { LANGUAGES, MAX_TOUR_STEP, ZONE_ID, type Language } from './vocabulary';

export { MAX_TOUR_STEP } from './vocabulary';

/**
 * The messages a host page may send to an embedded atlas (`window.postMessage`), and a pure parser for
 * them. Outside input: every field is checked, and anything unknown, malformed, oversized or with
 * extra keys is `null`, which the atlas ignores without an error and without changing its state.
 * No DOM, so it runs (and is property-tested) in Node.
 *
 * Example: `parseMessage({ type: 'atlas:select', id: 'cbd-part' })` → the same object, typed;
 * `parseMessage({ type: 'atlas:select', id: '<img>' })` → null.
 */

export type AtlasMessage =
  /** Opens a zone's details (and frames it); `null` closes them. */
  | { type: 'atlas:select'; id: string | null }
  | { type: 'atlas:set-view'; center: LngLat; zoom: number; bearing?: number }
  | { type: 'atlas:set-language'; lang: Language }
  /** Opens the tour at `step` (1-based; starts it if needed); 0 ends it. */
  | { type: 'atlas:tour-step'; step: number }
  /** Replaces the comparison set (unknown zones dropped). */
  | { type: 'atlas:compare'; ids: string[] }
  | { type: 'atlas:get-state' };

export type AtlasMessageType = AtlasMessage['type'];

/** Longest zone id accepted; the data's longest is about 35 characters. */
export const MAX_ID_LENGTH = 64;
/** Most zones a compare set may name. */
export const MAX_COMPARE_IDS = 8;
/** Most origins an `origins=` list may name, and the longest one. */
const MAX_ORIGINS = 10;
const MAX_ORIGIN_LENGTH = 200;

type Fields = Record<string, unknown>;

/**
 * A plain object's own fields, or null. Structured clones of host messages are plain objects; a
 * class instance, an array, or an object with a changed prototype is not a message.
 */
function plainFields(data: unknown): Fields | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const prototype: unknown = Object.getPrototypeOf(data);
  if (prototype !== Object.prototype && prototype !== null) return null;
  return data as Fields;
}

/** True when `fields` has exactly the `required` keys, plus any of `optional`, as own properties. */
function hasExactKeys(fields: Fields, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(fields);
  // Symbol keys and non-enumerable properties never come through postMessage; refuse them anyway.
  if (Object.getOwnPropertySymbols(fields).length > 0) return false;
  if (Object.getOwnPropertyNames(fields).length !== keys.length) return false;
  return (
    required.every((key) => Object.hasOwn(fields, key)) &&
    keys.every((key) => required.includes(key) || optional.includes(key))
  );
}

const isZoneId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && ZONE_ID.test(value);

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

function parseCenter(value: unknown): LngLat | null {
  if (!Array.isArray(value) || value.length !== 2) return null;
  if (Object.getPrototypeOf(value) !== Array.prototype) return null;
  const [[west, south], [east, north]] = MAX_BOUNDS;
  const [lng, lat]: unknown[] = value;
  return inRange(lng, west, east) && inRange(lat, south, north) ? [lng, lat] : null;
}

function parseIds(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_COMPARE_IDS) return null;
  if (Object.getPrototypeOf(value) !== Array.prototype) return null;
  const ids: unknown[] = [...value];
  if (!ids.every(isZoneId)) return null;
  return new Set(ids).size === ids.length ? ids : null;
}

/** One parser per message type; each sees only a plain object whose `type` is its own. */
const PARSERS: { [T in AtlasMessageType]: (fields: Fields) => Extract<AtlasMessage, { type: T }> | null } = {
  'atlas:select': (fields) => {
    const id = fields['id'];
    return hasExactKeys(fields, ['type', 'id']) && (id === null || isZoneId(id)) ? { type: 'atlas:select', id } : null;
  },
  'atlas:set-view': (fields) => {
    if (!hasExactKeys(fields, ['type', 'center', 'zoom'], ['bearing'])) return null;
    const center = parseCenter(fields['center']);
    const { zoom, bearing } = fields;
    if (center === null || !inRange(zoom, MIN_ZOOM, MAX_ZOOM)) return null;
    if (bearing === undefined) return { type: 'atlas:set-view', center, zoom };
    return inRange(bearing, -180, 180) ? { type: 'atlas:set-view', center, zoom, bearing } : null;
  },
  'atlas:set-language': (fields) => {
    const lang = fields['lang'];
    return hasExactKeys(fields, ['type', 'lang']) && LANGUAGES.some((known) => known === lang)
      ? { type: 'atlas:set-language', lang: lang as Language }
      : null;
  },
  'atlas:tour-step': (fields) => {
    const step = fields['step'];
    return hasExactKeys(fields, ['type', 'step']) && Number.isInteger(step) && inRange(step, 0, MAX_TOUR_STEP)
      ? { type: 'atlas:tour-step', step }
      : null;
  },
  'atlas:compare': (fields) => {
    const ids = hasExactKeys(fields, ['type', 'ids']) ? parseIds(fields['ids']) : null;
    return ids === null ? null : { type: 'atlas:compare', ids };
  },
  'atlas:get-state': (fields) => (hasExactKeys(fields, ['type']) ? { type: 'atlas:get-state' } : null),
};

const isMessageType = (type: unknown): type is AtlasMessageType =>
  typeof type === 'string' && Object.hasOwn(PARSERS, type);

/**
 * The message `data` stands for, or null when it is not exactly one of the atlas's messages. Never
 * throws: a Proxy or a getter could throw from any read, and a host's mistake must never become an
 * error in the atlas.
 */
export function parseMessage(data: unknown): AtlasMessage | null {
  try {
    const fields = plainFields(data);
    if (fields === null) return null;
    const type = Object.getOwnPropertyDescriptor(fields, 'type')?.value;
    return isMessageType(type) ? PARSERS[type](fields) : null;
  } catch {
    return null;
  }
}

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
