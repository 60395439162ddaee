// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';
import type { CameraTarget } from '../../src/map/types';
import { createAppStore } from '../../src/state/appState';
import { connectHost } from '../../src/features/embed/embedApi.lazy';
import { malformed } from './hostMessageSamples';
import { fakeMapController } from './fakeMapController';
import { panelContext } from './panelContext';

/**
 * The host API's handler (not only its parser) under 10,000 generated messages a hostile or buggy
 * host might post: malformed ones, unknown types, and well-formed ones naming zones the atlas does not
 * have. None may throw, change the store, move the map or be answered.
 */

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const zoneIds = new Set(zones.features.map((zone) => zone.properties.id));

const KEBAB = /^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/;
const unknownZone = fc.stringMatching(KEBAB).filter((id) => !zoneIds.has(id));

/** What a host may post that must change nothing. */
const ignored: fc.Arbitrary<unknown> = fc.oneof(
  malformed,
  // Well-formed, but about zones this atlas does not have.
  fc.record({ type: fc.constant('atlas:select'), id: unknownZone }),
  // Near misses of real messages: a wrong type, or a field of the wrong kind.
  fc.record({ type: fc.constantFrom('atlas:Select', 'atlas:select ', 'select', 'ATLAS:SELECT'), id: unknownZone }),
  fc.record({ type: fc.constant('atlas:set-view'), center: fc.anything(), zoom: fc.string() }),
  fc.record({ type: fc.constant('atlas:set-language'), lang: fc.anything().filter((v) => v !== 'en' && v !== 'zh') }),
  fc.record({ type: fc.constant('atlas:tour-step'), step: fc.oneof(fc.string(), fc.double({ noInteger: true })) }),
  fc.record({
    type: fc.constant('atlas:compare'),
    ids: fc.oneof(fc.string(), fc.array(fc.integer(), { minLength: 1 })),
  }),
);

describe('the host API handler under generated messages', () => {
  beforeAll(() => vi.useFakeTimers());
  afterAll(() => vi.useRealTimers());

  it('never throws, changes nothing, moves nothing and answers nothing for 10,000 of them', () => {
    const posted: unknown[] = [];
    const moves: CameraTarget[] = [];
    const map = fakeMapController(moves);
    const store = createAppStore({ selectedId: 'cbd-part', compare: ['cbd-part', 'jinzhan-part'], tourStep: 2 });
    const parent = { postMessage: (message: unknown) => void posted.push(message) };
    const dispose = connectHost(
      panelContext({ store, zones, map }),
      { parent, origins: null, parentOrigin: 'https://host.example' },
      () => window,
    );
    // jsdom reports a listener's exception as an `error` event on the window instead of throwing.
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => thrown.push(event.error);
    window.addEventListener('error', onError);
    posted.length = 0;
    const before = store.get();
    try {
      fc.assert(
        fc.property(ignored, (data) => {
          window.dispatchEvent(new MessageEvent('message', { data, origin: 'https://host.example', source: window }));
          expect(thrown).toEqual([]);
          expect(store.get()).toBe(before);
          expect(moves).toEqual([]);
          expect(posted).toEqual([]);
        }),
        { numRuns: 10_000, seed: 20204 },
      );
      vi.advanceTimersByTime(1000);
      expect(posted).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
      dispose();
    }
  }, 60_000);
});
