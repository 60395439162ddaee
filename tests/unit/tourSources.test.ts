// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ZoneCollection } from '../../src/data/schema';
import type { TourScene } from '../../src/data/tourSchema';
import { createAppStore } from '../../src/state/appState';
import { tourPanel } from '../../src/features/tour/tour.lazy';
import { fakeMapController } from './fakeMapController';
import { panelContext } from './panelContext';

/**
 * The tour's sources: only real http(s) addresses become links, through the same guard as every other
 * link from data (shell/safeLink.ts); anything else is named as text.
 */

const map = fakeMapController();
const source = (url: string) => ({ publisher: 'Beijing Daily', title: 'Two zones', date: '2020-09-24', url });
const scene: TourScene = {
  id: 'sources',
  camera: { center: [116.4, 39.9], zoom: 10, bearing: 0, pitch: 0 },
  zones: [],
  layers: ['ftz-area'],
  title_en: 'Sources',
  title_zh: '来源',
  caption_en: 'Where the figures come from.',
  caption_zh: '数字的来源。',
  sources: [
    source('https://www.beijing.gov.cn/a b'),
    // Passes the data schema's prefix check, but is no address: a space in the host.
    source('https://www.beijing .gov.cn/report'),
    source('seed:ciftis.md'),
  ],
};

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe('the tour’s sources', () => {
  it('links real http(s) addresses, normalised and opening apart, and names the rest as text', () => {
    window.matchMedia = () => ({ matches: false }) as MediaQueryList;
    const box = Object.assign(document.createElement('div'), { id: 'tour', hidden: true });
    document.body.replaceChildren(box);
    const store = createAppStore({ tourStep: 1 });
    const zones = { type: 'FeatureCollection', features: [] } as unknown as ZoneCollection;
    dispose = tourPanel([scene]).mount(box, panelContext({ store, zones, map }));
    const items = [...box.querySelectorAll('.tour-sources li')];
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null)).toEqual([
      'https://www.beijing.gov.cn/a%20b',
      null,
      null,
    ]);
    const link = items[0]!.querySelector('a')!;
    expect([link.target, link.rel, link.lang]).toEqual(['_blank', 'noopener noreferrer', 'en']);
    expect(items.map((item) => item.textContent)).toEqual([
      'Beijing Daily, “Two zones”, 2020-09-24',
      'Beijing Daily, “Two zones”, 2020-09-24 (source article)',
      'Beijing Daily, “Two zones”, 2020-09-24 (source article)',
    ]);
  });
});
