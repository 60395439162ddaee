import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/config';
import { MAX_COMPARE_IDS, MAX_ID_LENGTH, parseMessage, parseOrigins } from '../../src/features/embed/hostMessages';
import { GOOD, malformed } from './hostMessageSamples';

/** Named bad inputs: each must come out as null. */
const withPrototype = Object.assign(Object.create({ polluted: true }) as object, { type: 'atlas:get-state' });
const protoKey = JSON.parse('{"type":"atlas:select","id":"cbd","__proto__":{"id":"x"}}') as unknown;
const getter = {
  type: 'atlas:select',
  get id() {
    throw new Error('boom');
  },
};
const hostileProxy = new Proxy(
  {},
  {
    getPrototypeOf() {
      throw new Error('trap');
    },
  },
);
class Select {
  type = 'atlas:select';
  id = 'cbd';
}
const BAD: Record<string, unknown> = {
  null: null,
  undefined: undefined,
  'a string': 'atlas:get-state',
  'a number': 42,
  'an array': ['atlas:get-state'],
  'no type': { id: 'cbd' },
  'unknown type': { type: 'atlas:explode' },
  'type from the prototype chain': { type: 'toString' },
  'type with another case': { type: 'ATLAS:GET-STATE' },
  'a class instance': new Select(),
  'an inherited prototype': withPrototype,
  'an own __proto__ key': protoKey,
  'a getter that throws': getter,
  'a Proxy whose traps throw': hostileProxy,
  'an extra key': { type: 'atlas:get-state', extra: 1 },
  'a symbol key': { type: 'atlas:get-state', [Symbol('x')]: 1 },
  'select: missing id': { type: 'atlas:select' },
  'select: id not kebab-case': { type: 'atlas:select', id: 'CBD Part' },
  'select: id with markup': { type: 'atlas:select', id: '<img src=x onerror=alert(1)>' },
  'select: id too long': { type: 'atlas:select', id: 'a'.repeat(MAX_ID_LENGTH + 1) },
  'select: id a number': { type: 'atlas:select', id: 7 },
  'set-view: centre outside the map': { type: 'atlas:set-view', center: [0, 0], zoom: 10 },
  'set-view: centre as lat,lng': { type: 'atlas:set-view', center: [39.9, 116.4], zoom: 10 },
  'set-view: centre of three numbers': { type: 'atlas:set-view', center: [116.4, 39.9, 0], zoom: 10 },
  'set-view: centre as an object': { type: 'atlas:set-view', center: { lng: 116.4, lat: 39.9 }, zoom: 10 },
  'set-view: centre as strings': { type: 'atlas:set-view', center: ['116.4', '39.9'], zoom: 10 },
  'set-view: NaN in the centre': { type: 'atlas:set-view', center: [Number.NaN, 39.9], zoom: 10 },
  'set-view: zoom too far in': { type: 'atlas:set-view', center: [116.4, 39.9], zoom: MAX_ZOOM + 0.1 },
  'set-view: zoom too far out': { type: 'atlas:set-view', center: [116.4, 39.9], zoom: MIN_ZOOM - 1 },
  'set-view: zoom Infinity': { type: 'atlas:set-view', center: [116.4, 39.9], zoom: Infinity },
  'set-view: zoom as a string': { type: 'atlas:set-view', center: [116.4, 39.9], zoom: '12' },
  'set-view: bearing out of range': { type: 'atlas:set-view', center: [116.4, 39.9], zoom: 10, bearing: 720 },
  'set-view: bearing null': { type: 'atlas:set-view', center: [116.4, 39.9], zoom: 10, bearing: null },
  'set-language: unknown': { type: 'atlas:set-language', lang: 'fr' },
  'set-language: zh-CN': { type: 'atlas:set-language', lang: 'zh-CN' },
  'tour-step: negative': { type: 'atlas:tour-step', step: -1 },
  'tour-step: fraction': { type: 'atlas:tour-step', step: 1.5 },
  'tour-step: huge': { type: 'atlas:tour-step', step: 1e9 },
  'tour-step: string': { type: 'atlas:tour-step', step: '1' },
  'compare: not an array': { type: 'atlas:compare', ids: 'cbd-part' },
  'compare: duplicates': { type: 'atlas:compare', ids: ['cbd-part', 'cbd-part'] },
  'compare: too many': { type: 'atlas:compare', ids: Array.from({ length: MAX_COMPARE_IDS + 1 }, (_, i) => `z${i}`) },
  'compare: a bad id': { type: 'atlas:compare', ids: ['cbd-part', '../etc'] },
  'get-state: with a payload': { type: 'atlas:get-state', state: {} },
};

describe('parseMessage', () => {
  it.each(GOOD)('accepts $type', (message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  it('returns a fresh object, not the host’s', () => {
    const message = { type: 'atlas:compare', ids: ['cbd-part'] };
    const parsed = parseMessage(message);
    expect(parsed).not.toBe(message);
    expect(parsed && 'ids' in parsed && parsed.ids).not.toBe(message.ids);
  });

  it.each(Object.entries(BAD))('refuses %s', (_name, data) => {
    expect(parseMessage(data)).toBeNull();
  });

  it('accepts the corners of the map and the ends of the zoom range', () => {
    const [[west, south], [east, north]] = MAX_BOUNDS;
    for (const center of [
      [west, south],
      [east, north],
    ])
      expect(parseMessage({ type: 'atlas:set-view', center, zoom: MIN_ZOOM })).not.toBeNull();
  });

  it('never throws on 10,000 generated values; what it accepts re-parses to itself', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }),
        (data) => {
          const parsed = parseMessage(data);
          if (parsed !== null) expect(parseMessage(parsed)).toEqual(parsed);
        },
      ),
      { numRuns: 10_000, seed: 20201 },
    );
    // About a second alone; generous, as the full suite shares two cores with browser tests.
  }, 30_000);

  it('returns null for 10,000 generated malformed values: no known type, an extra key, a missing key', () => {
    fc.assert(
      fc.property(malformed, (data) => {
        expect(parseMessage(data)).toBeNull();
      }),
      { numRuns: 10_000, seed: 20203 },
    );
  }, 30_000);

  it('returns null for generated messages with one field broken', () => {
    const broken = fc.oneof(
      fc.record({
        type: fc.constant('atlas:select'),
        id: fc.string().filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)),
      }),
      fc.record({
        type: fc.constant('atlas:set-view'),
        center: fc.tuple(fc.double({ min: -180, max: 114.8 }), fc.double()),
        zoom: fc.double(),
      }),
      fc.record({
        type: fc.constant('atlas:set-view'),
        center: fc.constant([116.4, 39.9]),
        zoom: fc.double({ min: 16.01 }),
      }),
      fc.record({ type: fc.constant('atlas:set-language'), lang: fc.string().filter((s) => s !== 'en' && s !== 'zh') }),
      fc.record({
        type: fc.constant('atlas:tour-step'),
        step: fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true })),
      }),
      fc.record({ type: fc.constant('atlas:get-state'), extra: fc.anything() }),
    );
    fc.assert(
      fc.property(broken, (data) => parseMessage(data) === null),
      { numRuns: 10_000, seed: 20202 },
    );
  }, 30_000);
});

describe('parseOrigins', () => {
  it('is null without the parameter: any parent may talk', () => {
    expect(parseOrigins(null)).toBeNull();
  });

  it('keeps exact http(s) origins, in order, without duplicates', () => {
    expect(parseOrigins('https://slides.example.org, http://127.0.0.1:8080,https://slides.example.org')).toEqual([
      'https://slides.example.org',
      'http://127.0.0.1:8080',
    ]);
  });

  it('drops what is not exactly an origin, and leaves an empty list (nobody) when nothing is left', () => {
    expect(
      parseOrigins(
        'https://a.example/path,https://a.example/,javascript:alert(1),*,null,file:///x,https://u:p@a.example',
      ),
    ).toEqual([]);
    expect(parseOrigins('')).toEqual([]);
  });
});
