import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, type LngLat } from '../../config';
import { isZoneId, LANGUAGES, MAX_TOUR_STEP, type Language } from '../../state/vocabulary';

export { MAX_ID_LENGTH, MAX_TOUR_STEP } from '../../state/vocabulary';

export { parseOrigins } from '../../state/origins';

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

/** Most zones a compare set may name. */
export const MAX_COMPARE_IDS = 8;

type Fields = Record<string, unknown>;

/** No message has more keys than this; a bigger object is refused before its keys are read one by one. */
const MAX_KEYS = 4;

/**
 * The own data values of `data`, copied into a fresh object, or null when `data` has any key that is
 * not a plain, enumerable data property (a getter, a symbol). Values are read from property
 * descriptors, so no getter of the host's object ever runs; a Proxy's traps may, and the caller's
 * try/catch covers them.
 */
function ownValues(data: object, maxKeys: number, skip?: string): Fields | null {
  const keys = Reflect.ownKeys(data);
  if (keys.length > maxKeys) return null;
  const values: Fields = Object.create(null) as Fields;
  for (const key of keys) {
    if (key === skip) continue;
    if (typeof key !== 'string') return null;
    const descriptor = Object.getOwnPropertyDescriptor(data, key);
    if (!descriptor || !('value' in descriptor) || !descriptor.enumerable) return null;
    // A null-prototype object takes even a `__proto__` key as a plain own field.
    values[key] = descriptor.value;
  }
  return values;
}

/**
 * A plain object's own fields (a copy), or null. Structured clones of host messages are plain
 * objects; a class instance, an array, or an object with a changed prototype is not a message.
 */
function plainFields(data: unknown): Fields | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const prototype: unknown = Object.getPrototypeOf(data);
  if (prototype !== Object.prototype && prototype !== null) return null;
  return ownValues(data, MAX_KEYS);
}

/**
 * The elements of a plain array of at most `maxLength` items (a copy), or null: no holes, no extra
 * keys, no getters. The length is checked before any element is read, so a huge array costs nothing.
 */
function plainArray(value: unknown, maxLength: number): unknown[] | null {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return null;
  const length: unknown = Object.getOwnPropertyDescriptor(value, 'length')?.value;
  if (typeof length !== 'number' || length > maxLength) return null;
  // An array's own `length` is not enumerable: it is the one key that is not an element.
  const values = ownValues(value, length + 1, 'length');
  if (values === null || Object.keys(values).length !== length) return null;
  const items = Array.from({ length }, (_, i) => values[String(i)]);
  return items.every((_, i) => Object.hasOwn(values, String(i))) ? items : null;
}

/** True when `fields` has exactly the `required` keys, plus any of `optional`. */
function hasExactKeys(fields: Fields, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(fields);
  return (
    required.every((key) => Object.hasOwn(fields, key)) &&
    keys.every((key) => required.includes(key) || optional.includes(key))
  );
}

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

function parseCenter(value: unknown): LngLat | null {
  const pair = plainArray(value, 2);
  if (pair === null || pair.length !== 2) return null;
  const [[west, south], [east, north]] = MAX_BOUNDS;
  const [lng, lat] = pair;
  return inRange(lng, west, east) && inRange(lat, south, north) ? [lng, lat] : null;
}

function parseIds(value: unknown): string[] | null {
  const ids = plainArray(value, MAX_COMPARE_IDS);
  if (ids === null || !ids.every(isZoneId)) return null;
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
    const type = fields['type'];
    return isMessageType(type) ? PARSERS[type](fields) : null;
  } catch {
    return null;
  }
}
