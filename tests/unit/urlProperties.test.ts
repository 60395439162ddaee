import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/config';
import { MAX_COMPARED, MAX_REFERENCES, REFERENCE_ID } from '../../src/state/compareSet';
import { BASEMAPS, canonicalLayers, LAYER_GROUPS } from '../../src/state/layerGroups';
import { THEME_PREFERENCES } from '../../src/state/themes';
import { decodeUrlState, encodeUrlState, URL_KEYS, type UrlState } from '../../src/state/url';
import { LINKED_KEYS } from '../../src/state/fields';
import { EMBED_PARTS, isZoneId, LANGUAGES, MAX_ID_LENGTH, MAX_TOUR_STEP } from '../../src/state/vocabulary';

/**
 * Property tests of the URL codec: a link is outside input, typed or pasted or crafted by anyone.
 * 10,000 generated query strings must decode without throwing into a state whose every field is in
 * its domain, and every valid state must survive encode -> decode.
 */

const RUNS = 10_000;
/** About a second alone; generous, as the full suite shares two cores with browser tests. */
const PROPERTY_TIMEOUT_MS = 30_000;
const [[WEST, SOUTH], [EAST, NORTH]] = MAX_BOUNDS;

/** Every field of `state` within its domain; returns the first problem found, or null. */
function problemOf(state: UrlState): string | null {
  const { center, zoom, bearing } = state.view;
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (!Array.isArray(center) || center.length !== 2 || !center.every(finite)) return 'centre not two numbers';
  if (center[0] < WEST || center[0] > EAST || center[1] < SOUTH || center[1] > NORTH) return 'centre off the map';
  if (!finite(zoom) || zoom < MIN_ZOOM || zoom > MAX_ZOOM) return 'zoom out of range';
  if (!finite(bearing) || bearing < -180 || bearing > 180) return 'bearing out of range';
  if (state.selectedId !== null && !isZoneId(state.selectedId)) return 'bad zone id';
  const layers = state.visibleLayers;
  if (layers.some((l) => !LAYER_GROUPS.includes(l))) return 'unknown layer';
  if (layers.join() !== canonicalLayers(layers).join()) return 'layers not canonical';
  if (!LANGUAGES.includes(state.language)) return 'unknown language';
  if (!THEME_PREFERENCES.includes(state.theme)) return 'unknown theme';
  if (!BASEMAPS.includes(state.basemap)) return 'unknown basemap';
  if (state.compare.length > MAX_COMPARED) return 'too many compared';
  if (new Set(state.compare).size !== state.compare.length) return 'repeated compared id';
  if (!state.compare.every(isZoneId)) return 'bad compared id';
  if (state.references.length > MAX_REFERENCES) return 'too many references';
  if (new Set(state.references).size !== state.references.length) return 'repeated reference';
  if (!state.references.every((ref) => REFERENCE_ID.test(ref))) return 'bad reference id';
  if (typeof state.embed !== 'boolean') return 'embed not a boolean';
  if (state.embedHidden.some((part) => !EMBED_PARTS.includes(part))) return 'unknown hidden part';
  if (state.embedHidden.join() !== EMBED_PARTS.filter((p) => state.embedHidden.includes(p)).join()) {
    return 'hidden parts not canonical';
  }
  const step = state.tourStep;
  if (step !== null && (!Number.isInteger(step) || step < 1 || step > MAX_TOUR_STEP)) return 'tour step out of range';
  if (Object.keys(state).length !== LINKED_KEYS.length) return 'extra or missing fields';
  return null;
}

// Cheap pieces, mixed: the codec's own keys and hostile ones; plausible values, near misses and junk.
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'zone[]', 'ZONE'];
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...URL_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const number = fc.oneof(
  fc.double({ noDefaultInfinity: false }).map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-0', '1e3', '0x10', ' 12', '12 ', '9'.repeat(400), '.5', '5.'),
);
const word = fc.constantFrom(
  ...LAYER_GROUPS,
  ...THEME_PREFERENCES,
  ...EMBED_PARTS,
  ...BASEMAPS,
  ...LANGUAGES,
  'none',
  'cbd-part',
  'tianzhu-cbz',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'a'.repeat(MAX_ID_LENGTH + 1),
  '1',
  '0',
);
const value = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(number, word), { maxLength: 12 }).map((parts) => parts.join(',')) },
  { weight: 2, arbitrary: word },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  // Broken percent escapes and separators, as a raw (undecoded) query would have them.
  { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%00', '%ZZ', '&&', '==', '#', '+', '%2C%2C') },
);
const query = fc.array(fc.tuple(key, value), { maxLength: 10 }).chain((pairs) =>
  fc.constantFrom(
    // Encoded the way a browser would, and raw (junk percent escapes reach URLSearchParams as they are).
    new URLSearchParams(pairs).toString(),
    pairs.map(([k, v]) => `${k}=${v}`).join('&'),
    `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`,
  ),
);

/** A valid state, at link precision (what encode writes is what decode reads). */
// Kebab-case ids from a few words and numbers: as varied as the codec cares about, and much cheaper
// to generate than fc.stringMatching.
const id = fc
  .array(fc.oneof(fc.constantFrom('cbd', 'part', 'zone', 'tianzhu', 'a'), fc.nat(999).map(String)), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join('-'));
const validState: fc.Arbitrary<UrlState> = fc.record({
  view: fc.record({
    center: fc.tuple(
      fc.integer({ min: Math.ceil(WEST * 1e5), max: Math.floor(EAST * 1e5) }).map((n) => n / 1e5),
      fc.integer({ min: Math.ceil(SOUTH * 1e5), max: Math.floor(NORTH * 1e5) }).map((n) => n / 1e5),
    ),
    zoom: fc.integer({ min: MIN_ZOOM * 100, max: MAX_ZOOM * 100 }).map((n) => n / 100),
    bearing: fc.integer({ min: -1800, max: 1800 }).map((n) => n / 10),
  }),
  selectedId: fc.option(id),
  visibleLayers: fc.subarray([...LAYER_GROUPS]),
  language: fc.constantFrom(...LANGUAGES),
  theme: fc.constantFrom(...THEME_PREFERENCES),
  basemap: fc.constantFrom(...BASEMAPS),
  compare: fc.uniqueArray(id, { maxLength: MAX_COMPARED }),
  references: fc.uniqueArray(
    fc.tuple(id, fc.option(id)).map(([ftz, area]) => (area ? `${ftz}.${area}` : ftz)),
    { maxLength: MAX_REFERENCES },
  ),
  embed: fc.boolean(),
  embedHidden: fc.subarray([...EMBED_PARTS]),
  tourStep: fc.option(fc.integer({ min: 1, max: MAX_TOUR_STEP })),
});

describe('URL codec properties', () => {
  it(
    `decodes ${RUNS.toLocaleString('en')} generated query strings into valid states, never throwing`,
    () => {
      fc.assert(
        fc.property(query, (text) => {
          const before = Object.getOwnPropertyNames(Object.prototype).length;
          const state = decodeUrlState(text);
          expect(problemOf(state), text).toBeNull();
          // A `__proto__=…` parameter neither pollutes nor becomes a field.
          expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
        }),
        { numRuns: RUNS, seed: 13001 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'decodes states that are valid against the zone ids it is given',
    () => {
      const zoneIds = new Set(['cbd-part', 'tianzhu-cbz']);
      fc.assert(
        fc.property(query, (text) => {
          const state = decodeUrlState(text, { zoneIds });
          expect([null, ...zoneIds]).toContain(state.selectedId);
          expect(state.compare.every((zone) => zoneIds.has(zone))).toBe(true);
        }),
        { numRuns: 2000, seed: 13002 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    `round-trips ${RUNS.toLocaleString('en')} generated valid states through encode and decode`,
    () => {
      fc.assert(
        fc.property(validState, (state) => {
          expect(problemOf(state)).toBeNull();
          const decoded = decodeUrlState(encodeUrlState(state).toString());
          expect(decoded).toEqual({ ...state, visibleLayers: canonicalLayers(state.visibleLayers) });
        }),
        { numRuns: RUNS, seed: 13003 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('refuses a zone id longer than a message may carry, in `zone` and in `compare`', () => {
    const long = 'a'.repeat(MAX_ID_LENGTH + 1);
    expect(decodeUrlState(`zone=${long}`).selectedId).toBeNull();
    expect(decodeUrlState(`compare=${long},cbd-part`).compare).toEqual(['cbd-part']);
  });
});
