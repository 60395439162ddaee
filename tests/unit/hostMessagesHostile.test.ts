import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COMPARE_IDS, parseMessage, type AtlasMessage } from '../../src/features/embed/hostMessages';

/**
 * A host page is a stranger: besides plain clones it could hand the parser (when called directly, or
 * in a future same-window use) objects with getters, Proxies, cycles, huge arrays and prototype keys.
 * 10,000 generated hostile shapes: the parser never throws, never runs a getter, and only accepts
 * what is exactly a message, returned as a fresh plain copy.
 */

const RUNS = 10_000;
/** About a second alone; generous, as the full suite shares two cores with browser tests. */
const PROPERTY_TIMEOUT_MS = 30_000;

const message: fc.Arbitrary<AtlasMessage> = fc.oneof(
  fc.record({ type: fc.constant('atlas:select' as const), id: fc.constantFrom('cbd-part', null) }),
  fc.record({
    type: fc.constant('atlas:set-view' as const),
    center: fc.constant<[number, number]>([116.46, 39.91]),
    zoom: fc.integer({ min: 7, max: 16 }),
  }),
  fc.record({ type: fc.constant('atlas:set-language' as const), lang: fc.constantFrom('en' as const, 'zh' as const) }),
  fc.record({ type: fc.constant('atlas:tour-step' as const), step: fc.nat(999) }),
  fc.record({
    type: fc.constant('atlas:compare' as const),
    ids: fc.constantFrom<string[]>(['cbd-part'], [], ['a', 'b']),
  }),
  fc.constant({ type: 'atlas:get-state' as const }),
);

/** Counts every getter and Proxy `get` that runs; a correct parser leaves it at zero. */
let getterCalls = 0;
const trip = (): never => {
  getterCalls++;
  throw new Error('a getter ran');
};

/** Throws from a Proxy trap other than `get`: those the parser does run (and survives). */
const trap = (): never => {
  throw new Error('a trap ran');
};

// Built once: a 200,000-element array and a sparse one of length 2^32 - 1 cost nothing per run.
const HUGE = Array.from({ length: 200_000 }, () => 'cbd-part');
const SPARSE: unknown[] = [];
SPARSE.length = 2 ** 32 - 1;

type Mutation = (value: Record<string, unknown>) => unknown;

/** Each turns a message (a fresh copy) into a hostile variant of it. */
const MUTATIONS: Record<string, Mutation> = {
  'a throwing getter for one of its keys': (m) => {
    const key = Object.keys(m).at(-1)!;
    const value = Object.fromEntries(Object.entries(m).filter(([other]) => other !== key));
    return Object.defineProperty(value, key, { get: trip, enumerable: true });
  },
  'a getter for an extra key': (m) => Object.defineProperty({ ...m }, 'extra', { get: trip, enumerable: true }),
  // Transparent but for `get`: the parser reads descriptors, never `get`, so this one is still a message.
  'a Proxy whose get trap throws': (m) => new Proxy({ ...m }, { get: trip }),
  'a Proxy whose every trap throws': (m) =>
    new Proxy({ ...m }, { get: trip, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, has: trap }),
  'a Proxy of an array': () => new Proxy(['atlas:get-state'], { get: trip }),
  'an own __proto__ key': (m) =>
    JSON.parse(`${JSON.stringify(m).slice(0, -1)},"__proto__":{"type":"atlas:select"}}`) as unknown,
  'a constructor key': (m) => ({ ...m, constructor: { prototype: { polluted: true } } }),
  'a cycle through itself': (m) => {
    const value: Record<string, unknown> = { ...m };
    value['self'] = value;
    return value;
  },
  'a cyclic array': (m) => {
    const ids: unknown[] = ['cbd-part'];
    ids.push(ids);
    return { ...m, type: 'atlas:compare', ids };
  },
  'a huge ids array': () => ({ type: 'atlas:compare', ids: HUGE }),
  'a huge sparse centre': () => ({ type: 'atlas:set-view', center: SPARSE, zoom: 10 }),
  'a sparse ids array': () => ({ type: 'atlas:compare', ids: Object.assign(new Array<string>(2), { 1: 'cbd-part' }) }),
  'an array with a getter element': () => ({
    type: 'atlas:compare',
    ids: Object.defineProperty(['cbd-part', 'x'], 1, { get: trip, enumerable: true }),
  }),
  'an array with an extra key': () => ({ type: 'atlas:compare', ids: Object.assign(['cbd-part'], { extra: 1 }) }),
  'an array subclass': () => ({ type: 'atlas:compare', ids: new (class extends Array<string> {})() }),
  'a huge string id': () => ({ type: 'atlas:select', id: 'a'.repeat(1_000_000) }),
  'a frozen null-prototype copy': (m) => Object.freeze(Object.assign(Object.create(null) as object, m)),
};

/** The variants that, read without their getters, are still exactly the message. */
const STILL_MESSAGES = ['a frozen null-prototype copy', 'a Proxy whose get trap throws'];

describe('parseMessage with hostile shapes', () => {
  it(
    `never throws nor runs a getter on ${RUNS.toLocaleString('en')} generated hostile values`,
    () => {
      const before = Object.getOwnPropertyNames(Object.prototype).join();
      getterCalls = 0;
      fc.assert(
        fc.property(message, fc.constantFrom(...Object.keys(MUTATIONS)), (good, name) => {
          const hostile = MUTATIONS[name]!({ ...good });
          const parsed = parseMessage(hostile);
          if (STILL_MESSAGES.includes(name)) expect(parsed).toEqual(good);
          else expect(parsed, name).toBeNull();
        }),
        { numRuns: RUNS, seed: 13013 },
      );
      expect(getterCalls).toBe(0);
      expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('returns a copy the host cannot change afterwards', () => {
    const ids = ['cbd-part'];
    const parsed = parseMessage({ type: 'atlas:compare', ids });
    ids.push('tianzhu-cbz');
    expect(parsed).toEqual({ type: 'atlas:compare', ids: ['cbd-part'] });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('refuses an ids array one longer than the limit without reading its elements', () => {
    const ids = Array.from({ length: MAX_COMPARE_IDS + 1 }, (_, i) => `z${i}`);
    Object.defineProperty(ids, 0, { get: trip, enumerable: true });
    getterCalls = 0;
    expect(parseMessage({ type: 'atlas:compare', ids })).toBeNull();
    expect(getterCalls).toBe(0);
  });
});
