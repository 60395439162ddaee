// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateZones } from '../../src/data/validate.lazy';
import type { CameraTarget } from '../../src/map/types';
import { createAppStore } from '../../src/state/appState';
import { connectHost } from '../../src/features/embed/embedApi.lazy';
import type { PanelContext } from '../../src/shell/panel';
import { fakeMapController } from './fakeMapController';
import { panelContext } from './panelContext';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;

/** A host page: what the atlas posted to it, with the target origins it named. */
function setup(origins: string[] | null = null, parentOrigin: string | null = null) {
  const posted: { message: unknown; target: string }[] = [];
  const moves: CameraTarget[] = [];
  const map = fakeMapController(moves);
  const store = createAppStore({ selectedId: 'cbd-part' });
  const context: PanelContext = panelContext({ store, zones, map });
  // The parent window stands in as `window` itself; a message from anything else is from a stranger.
  const parent = { postMessage: (message: unknown, target: string) => void posted.push({ message, target }) };
  const dispose = connectHost(context, { parent, origins, parentOrigin }, () => window);
  const receive = (data: unknown, { origin = 'https://host.example', source = window as Window | null } = {}) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  return { posted, moves, store, dispose, receive };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the host API', () => {
  it('says ready and reports its state at once, to any origin without an allow-list', () => {
    const { posted, dispose } = setup();
    expect(posted).toEqual([
      { message: { type: 'atlas:ready' }, target: '*' },
      {
        message: {
          type: 'atlas:state',
          state: { zone: 'cbd-part', lang: 'en', view: expect.any(Object), step: null, compare: [] },
        },
        target: '*',
      },
    ]);
    dispose();
  });

  it('applies valid messages from its parent and reports the change once, debounced', async () => {
    const { posted, moves, store, receive, dispose } = setup();
    posted.length = 0;
    receive({ type: 'atlas:select', id: 'capital-airport-part' });
    receive({ type: 'atlas:set-language', lang: 'zh' });
    expect(store.get()).toMatchObject({ selectedId: 'capital-airport-part', language: 'zh' });
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.message).toMatchObject({ state: { zone: 'capital-airport-part', lang: 'zh' } });
    receive({ type: 'atlas:set-view', center: [116.4, 39.9], zoom: 11 });
    await vi.waitFor(() => expect(moves).toEqual([{ center: [116.4, 39.9], zoom: 11, bearing: 0 }]));
    dispose();
  });

  it('sets the comparison from atlas:compare, dropping zones the data lacks, and reports it', () => {
    const { posted, store, receive, dispose } = setup();
    posted.length = 0;
    receive({ type: 'atlas:compare', ids: ['jinzhan-part', 'no-such-zone', 'cbd-part'] });
    expect(store.get().compare).toEqual(['jinzhan-part', 'cbd-part']);
    vi.advanceTimersByTime(200);
    expect(posted.at(-1)?.message).toMatchObject({ state: { compare: ['jinzhan-part', 'cbd-part'] } });
    dispose();
  });

  it('starts, moves and ends the tour from atlas:tour-step, and reports the step', () => {
    const { posted, store, receive, dispose } = setup();
    posted.length = 0;
    receive({ type: 'atlas:tour-step', step: 3 });
    expect(store.get().tourStep).toBe(3);
    vi.advanceTimersByTime(200);
    expect(posted.at(-1)?.message).toMatchObject({ state: { step: 3 } });
    receive({ type: 'atlas:tour-step', step: 0 });
    expect(store.get().tourStep).toBeNull();
    vi.advanceTimersByTime(200);
    expect(posted.at(-1)?.message).toMatchObject({ state: { step: null } });
    receive({ type: 'atlas:tour-step', step: -1 });
    receive({ type: 'atlas:tour-step', step: 2.5 });
    expect(store.get().tourStep).toBeNull();
    dispose();
  });

  it('ignores strangers, malformed messages and unknown zones, and stops listening when disposed', () => {
    const { posted, store, receive, dispose } = setup();
    const before = store.get();
    receive({ type: 'atlas:select', id: 'capital-airport-part' }, { source: null });
    receive({ type: 'atlas:select', id: 'no-such-zone' });
    receive({ type: 'atlas:set-language', lang: 'fr' });
    receive('atlas:get-state');
    expect(store.get()).toBe(before);
    dispose();
    posted.length = 0;
    receive({ type: 'atlas:get-state' });
    expect(posted).toEqual([]);
  });

  it('with origins=, hears only listed origins and answers only the parent, once it is known', () => {
    const { posted, store, receive, dispose } = setup(['https://slides.example', 'https://host.example']);
    // The parent's origin is not known yet: nothing is sent anywhere.
    expect(posted).toEqual([]);
    receive({ type: 'atlas:select', id: 'capital-airport-part' }, { origin: 'https://evil.example' });
    expect(store.get().selectedId).toBe('cbd-part');
    receive({ type: 'atlas:get-state' }, { origin: 'https://host.example' });
    expect(posted.map(({ message, target }) => [(message as { type: string }).type, target])).toEqual([
      ['atlas:ready', 'https://host.example'],
      ['atlas:state', 'https://host.example'],
    ]);
    dispose();
  });

  it('answers a parent the browser names, when it is listed', () => {
    const listed = setup(['https://host.example'], 'https://host.example');
    expect(listed.posted.map(({ target }) => target)).toEqual(['https://host.example', 'https://host.example']);
    listed.dispose();
    const unlisted = setup(['https://host.example'], 'https://other.example');
    expect(unlisted.posted).toEqual([]);
    unlisted.dispose();
  });
});
