// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { zoneColors } from '../../src/color/palette';
import { validateZones } from '../../src/data/validate.lazy';
import { computeZoneMetrics } from '../../src/geo/metrics';
import { createAppStore, type AppStore } from '../../src/state/appState';
import { chartsPanel } from '../../src/features/charts/chartsPanel.lazy';
import { deferredMap, mountPanels, type Panel, type PanelContext } from '../../src/shell/panel';
import { LATE_PANELS, panelsFor, SHELL_PANELS, ZONE_PANELS } from '../../src/panels';
import { layersPanel, legendPanel } from '../../src/features/explore/layersTab.lazy';
import { tooltipPanel } from '../../src/features/explore/tooltip.lazy';
import { detailsPanel } from '../../src/features/explore/details.lazy';
import { shareButtonPanel } from '../../src/features/share/shareButton.lazy';
import { mapImagePanel } from '../../src/features/map-image/mapImagePanel.lazy';
import { tourLauncherPanel } from '../../src/features/tour/tourLauncher.lazy';
import { DEFAULT_URL_STATE, encodeUrlState } from '../../src/state/url';
import { panelContext } from './panelContext';

const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!result.ok) throw result.error;
const zones = result.value;
const page = readFileSync('index.html', 'utf8');

/** The app's store, counting its live subscriptions. */
function countingStore(): { store: AppStore; live: () => number } {
  const store = createAppStore();
  let live = 0;
  const track = (unsubscribe: () => void) => {
    live += 1;
    let done = false;
    return () => {
      if (!done) live -= 1;
      done = true;
      unsubscribe();
    };
  };
  const counted: AppStore = {
    ...store,
    subscribe: (listener) => track(store.subscribe(listener)),
    select: (selector, listener) => track(store.select(selector, listener)),
  };
  return { store: counted, live: () => live };
}

function contextFor(store: AppStore): PanelContext {
  return panelContext({
    store,
    zones,
    metrics: computeZoneMetrics(zones),
    colors: zoneColors(zones),
    map: deferredMap(),
  });
}

const allPanels: Panel[] = [
  ...(SHELL_PANELS as Panel[]),
  ...ZONE_PANELS,
  detailsPanel,
  layersPanel,
  legendPanel,
  tooltipPanel,
  chartsPanel,
];

beforeEach(() => {
  // The real page skeleton, parsed (not assigned as HTML), so the slots are the ones index.html has.
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
  // jsdom has neither; the charts drawer needs them once open.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  Element.prototype.scrollIntoView = () => {};
  vi.stubGlobal('fetch', () => Promise.reject(new Error('offline in unit tests')));
});
afterEach(() => vi.unstubAllGlobals());

describe('panels', () => {
  for (const panel of allPanels) {
    it(`${panel.id}: mounts into #${panel.slot} and leaves no store listener after dispose`, () => {
      const { store, live } = countingStore();
      const slot = document.getElementById(panel.slot)!;
      expect(slot, `index.html has #${panel.slot}`).not.toBeNull();
      const dispose = panel.mount(slot, contextFor(store));
      // Exercise the panel through the store, as the rest of the app would.
      store.update({ language: 'zh', selectedId: 'cbd-part', hoveredId: 'cbd-part', chartsOpen: true });
      // The skip link only listens to the DOM; every other panel follows the store.
      if (panel.id !== 'skip-link') expect(live()).toBeGreaterThan(0);
      dispose();
      expect(live()).toBe(0);
    });
  }

  it('stop reacting to the page once disposed (Escape no longer closes the details)', () => {
    const { store } = countingStore();
    const dispose = mountPanels([...ZONE_PANELS, detailsPanel], contextFor(store));
    store.update({ selectedId: 'cbd-part' });
    expect(document.getElementById('details')!.hidden).toBe(false);
    dispose();
    expect(document.getElementById('details')!.hidden).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(store.get().selectedId).toBe('cbd-part');
  });

  it('mount a subset, e.g. for an embedded atlas', () => {
    const { store } = countingStore();
    const dispose = mountPanels(
      [...ZONE_PANELS, detailsPanel].filter((panel) => panel.id === 'details'),
      contextFor(store),
    );
    expect(document.getElementById('panel-zones')!.children).toHaveLength(0);
    store.update({ selectedId: 'cbd-part' });
    expect(document.getElementById('details-title')!.textContent).toBe('Beijing CBD part');
    dispose();
  });
});

describe('late panels', () => {
  it('offer Share on the full atlas and leave it out of an embedded one', () => {
    expect(LATE_PANELS.map((panel) => panel.id)).toContain('share');
    expect(panelsFor(LATE_PANELS, true).map((panel) => panel.id)).not.toContain('share');
  });
});

describe('presenter tools', () => {
  it('keep one DOM (and so Tab) order, Share, Image, Tour, whatever order their chunks arrive in', () => {
    const { store } = countingStore();
    const context = contextFor(store);
    // The tour's chunk first, the share button's last: the opposite of the order on screen.
    const disposers = [
      tourLauncherPanel,
      mapImagePanel,
      shareButtonPanel({ encode: encodeUrlState, defaults: DEFAULT_URL_STATE }),
    ].map((panel) => panel.mount(document.getElementById(panel.slot)!, context));
    const tools = [...document.querySelectorAll('#presenter-actions button, #presenter-actions select')];
    expect(tools.map((tool) => tool.className || tool.tagName.toLowerCase())).toEqual([
      'share-button',
      'select',
      'map-image-button',
      'deck-button',
      'tour-start',
    ]);
    for (const dispose of disposers) dispose();
  });
});

describe('deferredMap', () => {
  it('holds moves until the map exists, and settles them at once without one', async () => {
    const waiting = deferredMap();
    const fitZones = vi.fn(() => Promise.resolve());
    const move = waiting.fitZones(['cbd-part']);
    expect(fitZones).not.toHaveBeenCalled();
    waiting.attach({ fitZones, flyTo: vi.fn(), reset: vi.fn(), renderImage: vi.fn(), destroy: vi.fn() });
    await move;
    expect(fitZones).toHaveBeenCalledWith(['cbd-part'], undefined);

    const none = deferredMap();
    none.fail();
    await expect(none.flyTo({ center: [116.4, 39.9], zoom: 10 })).resolves.toBeUndefined();
  });
});
