import fc from 'fast-check';
import { MAX_ZOOM } from '../../src/config';

/** Every message a host may send, at least once. */
export const GOOD = [
  { type: 'atlas:select', id: 'cbd-part' },
  { type: 'atlas:select', id: null },
  { type: 'atlas:set-view', center: [116.46, 39.91], zoom: 12 },
  { type: 'atlas:set-view', center: [116.46, 39.91], zoom: MAX_ZOOM, bearing: -30.5 },
  { type: 'atlas:set-language', lang: 'zh' },
  { type: 'atlas:set-language', lang: 'en' },
  { type: 'atlas:tour-step', step: 0 },
  { type: 'atlas:compare', ids: ['cbd-part', 'tianzhu-cbz'] },
  { type: 'atlas:compare', ids: [] },
  { type: 'atlas:get-state' },
];

const KNOWN_TYPES = [...new Set(GOOD.map((message) => message.type))];

/**
 * Values that are not messages by construction: anything whose `type` is not a message's (most of
 * them not objects at all), a good message with one key more, or one with a required key left out.
 * (`bearing` is the one optional key, so it is never the extra or the missing one.)
 */
export const malformed: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true })
    .filter(
      (value) =>
        typeof value !== 'object' ||
        value === null ||
        !KNOWN_TYPES.includes((value as { type?: unknown }).type as string),
    ),
  fc.record({ type: fc.string().filter((type) => !KNOWN_TYPES.includes(type)), id: fc.anything() }),
  fc
    .tuple(fc.constantFrom(...GOOD), fc.string(), fc.anything())
    .filter(([message, key]) => !(key in message) && key !== 'bearing')
    .map(([message, key, value]) => ({ ...message, [key]: value })),
  fc
    .constantFrom(...GOOD.filter((message) => Object.keys(message).length > 1))
    .chain((message) =>
      fc
        .constantFrom(...Object.keys(message).filter((key) => key !== 'bearing'))
        .map((key) => Object.fromEntries(Object.entries(message).filter(([k]) => k !== key))),
    ),
);
