// @vitest-environment jsdom
import type { UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZoneCollection } from '../../src/data/schema';
import { refusalMessage, REFUSAL_CODES } from '../../src/import/importMessages';
import type { ImportOutcome } from '../../src/import/types';
import { createAppStore } from '../../src/state/appState';
import type { Language } from '../../src/state/vocabulary';
import type { MapController, MoveOptions } from '../../src/map/types';
import { createFeatureStorage, type FeatureStorage } from '../../src/features/sites/siteStorage';
import { createUserFeaturesPanel, type Importer } from '../../src/features/sites/sitesPanel.lazy';
import { square } from './userFeatureFixtures';
import { fakeMapController } from './fakeMapController';
import { panelContext } from './panelContext';

/**
 * The "Your features" panel in a DOM, with a stand-in importer and storage: what a visitor reads on
 * the status line when an import is refused or storage fails, and that a refusal changes nothing.
 */

const map = fakeMapController();
const zones = { type: 'FeatureCollection', features: [] } as unknown as ZoneCollection;
const VIEW = { center: [116.5, 40] as [number, number], zoom: 11.5, bearing: 0 };
/** Values for every placeholder a refusal may have. */
const VALUES = { detail: 'Unexpected token', seconds: 60, found: '2 points', foundZh: '2 个点', feature: 3 };

/** Storage in memory that keeps what it was given, or one whose database fails as `fail` says. */
function memoryStorage(initial = [square('user-kept', 'Kept plot')]): FeatureStorage {
  let saved = initial;
  return {
    load: () => Promise.resolve({ ok: true, value: saved }),
    save: (features) => ((saved = [...features]), Promise.resolve({ ok: true, value: undefined })),
  };
}

/** An idb-keyval store that reads nothing and refuses to write, as a full disk does. */
const fullStore: UseStore = (mode) =>
  mode === 'readonly'
    ? Promise.resolve(undefined as never)
    : Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
/** An idb-keyval store a private window refuses. */
const privateStore: UseStore = () =>
  Promise.reject(
    new DOMException(
      'A mutation operation was attempted on a database that did not allow mutations.',
      'InvalidStateError',
    ),
  );

function mount(storage: FeatureStorage, importer: Importer, language: Language = 'en', mapController = map) {
  const slot = (tag: string, id: string, hidden = false) => Object.assign(document.createElement(tag), { id, hidden });
  document.body.replaceChildren(
    slot('div', 'panel-zones'),
    slot('aside', 'details', true),
    slot('div', 'map'),
    slot('div', 'status', true),
  );
  const store = createAppStore({
    language,
    selectedId: 'cbd-part',
    compare: ['cbd-part', 'user-kept'],
    view: VIEW,
  });
  const panel = createUserFeaturesPanel({ storage: () => storage, importer: () => Promise.resolve(importer) });
  const dispose = panel.mount(
    document.getElementById('panel-zones')!,
    panelContext({ store, zones, map: mapController }),
  );
  const status = document.getElementById('status')!;
  /** Chooses a file in the import control, as the file dialog does. */
  const choose = (name: string) => {
    const input = document.querySelector<HTMLInputElement>('input[data-import]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File(['{}'], name)] });
    input.dispatchEvent(new Event('change'));
  };
  return { store, status, choose, dispose };
}

/** Waits until the status line says something other than "Importing…". */
const settled = async (status: HTMLElement) => {
  for (let i = 0; i < 50 && (status.hidden || status.dataset.kind === 'loading'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
};
const restored = async (store: ReturnType<typeof createAppStore>) => {
  for (let i = 0; i < 50 && store.get().userFeatures.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
};
const shown = (status: HTMLElement) => ({
  role: status.getAttribute('role'),
  message: status.querySelector('.status-message')?.textContent,
  detail: status.querySelector('.status-detail')?.textContent ?? null,
});

let dispose: (() => void) | undefined;
beforeEach(() => (dispose = undefined));
afterEach(() => dispose?.());

describe('a refused import', () => {
  it('reads the specific message in an alert, in English and in Chinese, for a sample code', async () => {
    const refuse: Importer = (file) =>
      Promise.resolve({ ok: false, fileName: file.name, code: 'empty-file', message: refusalMessage('empty-file') });
    for (const [language, text] of [
      ['en', 'Could not import bad.geojson: The file is empty.'],
      ['zh', '无法导入 bad.geojson：文件是空的。'],
    ] as const) {
      const panel = mount(memoryStorage(), refuse, language);
      dispose = panel.dispose;
      await restored(panel.store);
      panel.choose('bad.geojson');
      await settled(panel.status);
      expect(shown(panel.status)).toEqual({ role: 'alert', message: text, detail: null });
      panel.dispose();
    }
  });

  it.each(REFUSAL_CODES.flatMap((code) => (['en', 'zh'] as const).map((language) => [code, language] as const)))(
    '%s (%s): the alert names the file and says that refusal; selection, comparison, imports and view stay',
    async (code, language) => {
      const message = refusalMessage(code, VALUES);
      const refuse: Importer = (file) => Promise.resolve({ ok: false, fileName: file.name, code, message });
      const panel = mount(memoryStorage(), refuse, language);
      dispose = panel.dispose;
      await restored(panel.store);
      const { selectedId, compare, userFeatures, view } = panel.store.get();
      panel.choose(`${code}.geojson`);
      await settled(panel.status);
      const expected =
        language === 'en'
          ? `Could not import ${code}.geojson: ${message.en}`
          : `无法导入 ${code}.geojson：${message.zh}`;
      expect(shown(panel.status)).toEqual({ role: 'alert', message: expected, detail: null });
      expect(panel.store.get()).toMatchObject({ selectedId, compare, userFeatures, view });
      expect(panel.store.get().userFeatures).toBe(userFeatures);
      expect(document.querySelectorAll('[data-user-features] .user-item')).toHaveLength(1);
    },
  );

  it('says an importer that throws stopped unexpectedly, and changes nothing', async () => {
    const panel = mount(memoryStorage(), () => Promise.reject(new Error('worker exploded')));
    dispose = panel.dispose;
    await restored(panel.store);
    const before = panel.store.get();
    panel.choose('site.geojson');
    await settled(panel.status);
    expect(shown(panel.status)).toEqual({
      role: 'alert',
      message: 'Could not import site.geojson: The import stopped unexpectedly: Error: worker exploded',
      detail: null,
    });
    expect(panel.store.get()).toBe(before);
  });
});

describe('storage failures on the status line', () => {
  const accept: Importer = (file): Promise<ImportOutcome> =>
    Promise.resolve({ ok: true, fileName: file.name, features: [square('user-new', 'New plot', 116.6)], repairs: [] });

  it.each([
    ['en', 'The browser’s storage is full: your latest imports are shown but will not survive a reload.'],
    ['zh', '浏览器存储空间已满：最新导入的内容会显示，但刷新后将丢失。'],
  ] as const)('a save refused with QuotaExceededError says the storage is full (%s)', async (language, quota) => {
    const panel = mount(
      createFeatureStorage(() => fullStore),
      accept,
      language,
    );
    dispose = panel.dispose;
    panel.choose('site.geojson');
    await settled(panel.status);
    // The import is shown (it stays in memory), and the same message says it will not be kept.
    expect(panel.store.get().userFeatures.map((f) => f.id)).toEqual(['user-new']);
    expect(shown(panel.status)).toEqual({
      role: 'status',
      message: language === 'en' ? 'Imported 1 polygon from site.geojson.' : '已从 site.geojson 导入 1 个多边形。',
      detail: quota,
    });
    expect(panel.status.dataset.kind).toBe('warning');
  });

  it.each([
    [
      'en',
      'Your imports cannot be kept in this browser (storage is off or in private mode): they last until you close the page.',
    ],
    ['zh', '本浏览器无法保存你的导入（存储已关闭或处于隐私模式）：关闭页面后将丢失。'],
  ] as const)('a private window’s refused restore says storage is unavailable (%s)', async (language, text) => {
    const panel = mount(
      createFeatureStorage(() => privateStore),
      accept,
      language,
    );
    dispose = panel.dispose;
    await settled(panel.status);
    expect(shown(panel.status)).toEqual({ role: 'status', message: text, detail: null });
    expect(panel.status.dataset.kind).toBe('warning');
  });
});

describe('framing an import on the map', () => {
  /** An importer that accepts `count` squares, side by side east of the airport. */
  const squares =
    (count: number): Importer =>
    (file) =>
      Promise.resolve({
        ok: true,
        fileName: file.name,
        features: Array.from({ length: count }, (_, i) => square(`user-n${i}`, `Plot ${i}`, 116.5 + i * 1e-4)),
        repairs: [],
      });

  it.each([
    [1, false],
    [999, false],
    [1000, true],
  ])('%i imported polygons are framed, jumping: %s', async (count, jump) => {
    const fits: { ids: readonly string[]; options?: MoveOptions }[] = [];
    const recording: MapController = {
      ...fakeMapController(),
      fitZones: (ids, options) => (fits.push({ ids, options }), Promise.resolve()),
    };
    const panel = mount(memoryStorage([]), squares(count), 'en', recording);
    dispose = panel.dispose;
    panel.choose('parcels.geojson');
    await settled(panel.status);
    // A big import lands at once: a flight would draw every polygon in each of its frames.
    expect(fits).toHaveLength(1);
    expect(fits[0]!.ids).toHaveLength(count);
    expect(fits[0]!.options).toEqual({ jump });
  });
});
