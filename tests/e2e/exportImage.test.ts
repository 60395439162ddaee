import { describe, expect } from 'vitest';
import { chromiumMissing, type AtlasPage } from './atlasPage';
import { it, type OpenOptions } from './fixture';
import {
  distance,
  exportMapImage,
  FULL_HD_REGIONS as R,
  SLOW,
  waitForExportControl,
  pngSize,
  regionStats,
  expectFullHdLightExport,
} from './mapImageFile';
import { sharedAtlas } from './sharedAtlas';

/** Whether the header shows its whole title (both names), not cut off with an ellipsis. */
const titleIsWhole = (page: AtlasPage['page']) =>
  page.evaluate(() => {
    const title = document.querySelector('.app-header h1')!;
    return title.scrollWidth <= title.clientWidth;
  });

/** The size choices whose words do not fit the closed list beside its arrow (as measured with its font). */
const clippedSizes = (page: AtlasPage['page']) =>
  page.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('select[data-export-size]')!;
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const ARROW = 20;
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW;
    return [...select.options].map((option) => option.text).filter((text) => context.measureText(text).width > room);
  });

/** MapLibre's first frame, on a machine where drawing a large map image keeps the cores busy. */
const MAP_DRAWN: OpenOptions = { waitFor: 'map', timeout: 120_000 };

describe.skipIf(chromiumMissing)('map image export (MapLibre)', () => {
  /**
   * The CBD open, as loaded, shared by the tests that export from there (sharedAtlas.ts). The second
   * finds the hidden export map the first kept, which must then follow the page put back as loaded.
   */
  const cbdOpen = sharedAtlas('?zone=cbd-part', { ...MAP_DRAWN, settled: waitForExportControl });

  it(
    'downloads a 1920 × 1080 PNG of the map with a legend box over it',
    async () => {
      const atlas = await cbdOpen();
      const { page } = atlas;
      const button = await waitForExportControl(page);
      // At 1280 px the short label, which says what it makes; the full name is its title.
      expect(await button.innerText()).toBe('Image (PNG)');
      expect(await button.getAttribute('title')).toBe('Map image (PNG)');
      expect(await page.getByRole('button', { name: 'Image (PNG)', exact: true }).count()).toBe(1);
      // The header's title is whole beside the tools (it read "Beijing FTZ Atla…").
      expect(await titleIsWhole(page)).toBe(true);

      const { colors } = await expectFullHdLightExport(page);
      expect(colors.length).toBeGreaterThan(2);
      // Done: the button is back and the status line has nothing to say.
      await expect.poll(() => button.isDisabled()).toBe(false);
      await expect.poll(() => page.locator('#status').isHidden()).toBe(true);
      expect(atlas.errors).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
    },
    SLOW,
  );

  it(
    'uses the dark theme’s colours and Chinese words',
    async ({ openAtlas }) => {
      const atlas = await openAtlas('?lang=zh&theme=dark', MAP_DRAWN);
      const { page } = atlas;
      const button = await waitForExportControl(page);
      expect(await button.innerText()).toBe('图片 (PNG)');
      expect(await titleIsWhole(page)).toBe(true);
      const file = await exportMapImage(page, '1920x1080');
      expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
      const [corner, map] = await regionStats(page, file.bytes, [R.legendCorner, R.map]);
      // The dark panel (#1c1f24, nearly opaque) over the dark map.
      expect(distance(corner!.mean, [0x1c, 0x1f, 0x24])).toBeLessThan(12);
      expect(distance(corner!.mean, map!.mean)).toBeGreaterThan(10);
      expect(atlas.errors).toEqual([]);
    },
    SLOW,
  );

  it('names every size in full in the closed list, in both languages, on a laptop and a small window', async () => {
    const { page } = await cbdOpen();
    for (const width of [1280, 1100]) {
      await page.setViewportSize({ width, height: 800 });
      for (const language of ['zh', 'en'] as const) {
        await page.evaluate((next) => window.atlas!.store.update({ language: next }), language);
        const windowSize = language === 'zh' ? '窗口尺寸' : 'Window size';
        await expect.poll(() => page.locator('select[data-export-size] option').last().textContent()).toBe(windowSize);
        expect(await clippedSizes(page), `${language} at ${width} px`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it(
    'says what it is doing, and disables the button meanwhile',
    async ({ openAtlas }) => {
      const atlas = await openAtlas('', MAP_DRAWN);
      const { page } = atlas;
      const button = await waitForExportControl(page);
      await page.selectOption('select[data-export-size]', '3840x2160');
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await button.click();
      await expect.poll(() => page.locator('#status').textContent()).toBe('Preparing 3840 × 2160 image…');
      expect(await button.isDisabled()).toBe(true);
      const file = await download;
      expect(file.suggestedFilename()).toBe('beijing-ftz-atlas-3840x2160.png');
      await expect.poll(() => button.isDisabled()).toBe(false);
    },
    SLOW,
  );

  it(
    'draws a second export as the live map is then: the kept hidden map follows theme and camera',
    async () => {
      const atlas = await cbdOpen();
      const { page } = atlas;
      await waitForExportControl(page);
      const first = await exportMapImage(page, '1920x1080');
      await page.evaluate(() => window.atlas!.store.update({ theme: 'dark', selectedId: null }));
      await page.evaluate(() => window.atlas!.map.jumpTo({ center: [116.41, 39.5], zoom: 10 }));
      await page.waitForFunction(() => window.atlas!.map.loaded() && !window.atlas!.map.isMoving());
      const second = await exportMapImage(page, '1920x1080');
      expect(pngSize(second.bytes)).toEqual({ width: 1920, height: 1080 });
      const [corner, map] = await regionStats(page, second.bytes, [R.legendCorner, R.map]);
      const [firstMap] = await regionStats(page, first.bytes, [R.map]);
      // The dark panel, and another place on a dark map.
      expect(distance(corner!.mean, [0x1c, 0x1f, 0x24])).toBeLessThan(12);
      expect(distance(map!.mean, firstMap!.mean)).toBeGreaterThan(30);
      expect(atlas.errors).toEqual([]);
    },
    SLOW,
  );
});
