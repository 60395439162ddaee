import { describe, expect, it, vi } from 'vitest';
import type { ImportOutcome } from '../../src/import/types';
import {
  crashedOutcome,
  importButton,
  importNotice,
  initialSitesState,
  LIST_PAGE,
  listView,
  nextPage,
  outsideTheMap,
  refusalNotice,
  saveOnChange,
  storageMessage,
} from '../../src/features/sites/sitesModel';
import { detailsSources, type DetailsSource } from '../../src/shell/panel';
import { square } from './userFeatureFixtures';

/**
 * What "Your features" shows for given inputs, without a DOM: the list's rows and "Show more", the
 * import button, when a change is saved, and the status line's words after an import.
 */

const features = (count: number) => Array.from({ length: count }, (_, i) => square(`user-${i}`, `Plot ${i + 1}`));
const accepted = (count: number, repairs: { en: string; zh: string }[] = []) =>
  ({ ok: true, fileName: 'site.geojson', features: features(count), repairs }) as ImportOutcome & { ok: true };

describe('the list', () => {
  it('says there is nothing when there are no features', () => {
    expect(listView([], LIST_PAGE, true)).toBeNull();
  });

  it('shows every row of a small import, with no "Show more"', () => {
    const view = listView(features(3), LIST_PAGE, false)!;
    expect(view.rows.map((f) => f.name)).toEqual(['Plot 1', 'Plot 2', 'Plot 3']);
    expect(view).toMatchObject({ count: 3, more: null, confirmingRemoveAll: false });
  });

  it('shows a page of a large import and offers the next page, never more than there are', () => {
    expect(listView(features(10_000), LIST_PAGE, false)).toMatchObject({
      count: 10_000,
      more: { shown: LIST_PAGE, next: LIST_PAGE },
    });
    expect(listView(features(250), 200, false)!.more).toEqual({ shown: 200, next: 50 });
    expect(listView(features(250), 300, false)!.more).toBeNull();
  });

  it('asks "Remove all N?" while confirming', () => {
    expect(listView(features(2), LIST_PAGE, true)!.confirmingRemoveAll).toBe(true);
  });

  it('"Show more" adds a page and focuses the first new row', () => {
    expect(nextPage(LIST_PAGE)).toEqual({ shownRows: 2 * LIST_PAGE, firstNew: LIST_PAGE });
  });

  it('starts on the first page, with WGS84, not busy, not restored, not confirming', () => {
    expect(initialSitesState()).toEqual({
      datum: 'wgs84',
      busy: false,
      restored: false,
      importing: false,
      confirmingRemoveAll: false,
      shownRows: LIST_PAGE,
    });
  });
});

describe('the import button', () => {
  it('invites a file, and says it is importing while busy', () => {
    expect(importButton('en', false)).toEqual({ label: 'Add your site (GeoJSON, KML, zipped Shapefile)', busy: false });
    expect(importButton('en', true)).toEqual({ label: 'Importing…', busy: true });
    expect(importButton('zh', true).label).toBe('正在导入…');
  });
});

describe('saving a change of the list', () => {
  it('waits for the restore, lets an import say it, and warns after a remove', () => {
    expect(saveOnChange({ restored: false, importing: true })).toBe('none');
    expect(saveOnChange({ restored: false, importing: false })).toBe('none');
    expect(saveOnChange({ restored: true, importing: true })).toBe('quiet');
    expect(saveOnChange({ restored: true, importing: false })).toBe('warn');
  });

  it('says each storage problem in the visitor’s language', () => {
    expect(storageMessage('en', 'quota', '')).toBe(
      'The browser’s storage is full: your latest imports are shown but will not survive a reload.',
    );
    expect(storageMessage('en', 'failed', 'disk error')).toBe(
      'Your imports could not be saved or restored: disk error',
    );
    expect(storageMessage('zh', 'unavailable', '')).toBe(
      '本浏览器无法保存你的导入（存储已关闭或处于隐私模式）：关闭页面后将丢失。',
    );
  });
});

describe('the status line after an import', () => {
  it('names the number of polygons added and the file, politely', () => {
    expect(importNotice(accepted(2), 2, 'en', null)).toEqual({
      kind: 'info',
      message: 'Imported 2 polygons from site.geojson.',
      detail: undefined,
    });
    expect(importNotice(accepted(1), 1, 'zh', null).message).toBe('已从 site.geojson 导入 1 个多边形。');
  });

  it('says a file already imported added nothing, counting its polygons', () => {
    expect(importNotice(accepted(3), 0, 'en', null).message).toBe(
      'The 3 polygons of site.geojson were already imported: nothing added.',
    );
    expect(importNotice(accepted(1), 0, 'en', null).message).toBe(
      'The polygon of site.geojson was already imported: nothing added.',
    );
  });

  it('writes a large count as a reader does, with its thousands marked', () => {
    const big = accepted(12_345);
    expect(importNotice(big, 12_345, 'en', null).message).toBe('Imported 12,345 polygons from site.geojson.');
    expect(importNotice(big, 12_345, 'zh', null).message).toBe('已从 site.geojson 导入 12,345 个多边形。');
  });

  it('lists the repairs and a failed save in the same message, as a warning', () => {
    const repairs = [
      { en: 'closed 1 ring', zh: '闭合了 1 个环' },
      { en: 'rewound 2 rings', zh: '调整了 2 个环的方向' },
    ];
    expect(importNotice(accepted(1, repairs), 1, 'en', null)).toMatchObject({
      kind: 'info',
      detail: 'Repaired: closed 1 ring; rewound 2 rings',
    });
    expect(importNotice(accepted(1, repairs), 1, 'zh', null).detail).toBe('已修复：闭合了 1 个环；调整了 2 个环的方向');
    expect(importNotice(accepted(1, repairs), 1, 'en', 'Storage is full.')).toMatchObject({
      kind: 'warning',
      detail: 'Repaired: closed 1 ring; rewound 2 rings Storage is full.',
    });
  });

  it('says which sites lie outside the map and offers the first to be laid over Beijing', () => {
    const beijing = square('user-a', 'Beijing plot');
    const shanghai = square('user-b', 'Shanghai park', 121.6);
    const sanFrancisco = square('user-c', 'Presidio', -122.45);
    expect(outsideTheMap([beijing, shanghai, sanFrancisco])).toEqual([shanghai, sanFrancisco]);
    expect(importNotice(accepted(1), 1, 'en', null, [shanghai])).toEqual({
      kind: 'info',
      message:
        'Imported 1 polygon from site.geojson. “Shanghai park” lies outside the map, which shows the Beijing region only.',
      detail: undefined,
      layOver: shanghai,
    });
    expect(importNotice(accepted(3), 3, 'zh', null, [shanghai, sanFrancisco]).message).toBe(
      '已从 site.geojson 导入 3 个多边形。其中 2 个位于地图范围之外（地图只显示北京地区），首个为“Shanghai park”。',
    );
    expect(importNotice(accepted(1), 1, 'en', null, [])).not.toHaveProperty('layOver');
  });

  it('says a refusal as an alert naming the file, and an importer that threw as a refusal', () => {
    const refused = crashedOutcome('bad.kml', new Error('worker exploded')) as ImportOutcome & { ok: false };
    expect(refused.code).toBe('crashed');
    expect(refusalNotice(refused, 'en')).toEqual({
      kind: 'error',
      message: 'Could not import bad.kml: The import stopped unexpectedly: Error: worker exploded',
    });
    expect(refusalNotice(refused, 'zh').message).toBe('无法导入 bad.kml：导入意外中止：Error: worker exploded');
  });
});

describe('details sources (the details of selected ids that are not zones)', () => {
  const source = (id: string): DetailsSource => ({
    describe: (asked) => (asked === id ? { elements: [] } : null),
  });

  it('answers with the first source that knows the id, and none once it is removed', () => {
    const sources = detailsSources();
    const dispose = sources.register(source('user-a'));
    sources.register(source('user-b'));
    expect(sources.describe('user-a', 'en', () => {})).not.toBeNull();
    expect(sources.describe('user-b', 'en', () => {})).not.toBeNull();
    expect(sources.describe('cbd', 'en', () => {})).toBeNull();
    dispose();
    expect(sources.describe('user-a', 'en', () => {})).toBeNull();
  });

  it('tells its listeners of every register, removal and change, until they unsubscribe', () => {
    const sources = detailsSources();
    const listener = vi.fn();
    const unsubscribe = sources.subscribe(listener);
    const dispose = sources.register(source('user-a'));
    sources.changed();
    dispose();
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    sources.changed();
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
