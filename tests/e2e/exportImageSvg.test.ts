import { afterEach, describe, expect, it } from 'vitest';
import { chromiumMissing, openAtlas, useBrowserArgs, type AtlasPage } from './atlasPage';
import {
  distance,
  exportMapImage,
  FULL_HD_REGIONS as R,
  legendColors,
  SLOW,
  waitForExportControl,
  pngSize,
  regionStats,
} from './mapImageFile';

// No WebGL: the SVG map is the map, and the image is made from it.
useBrowserArgs(['--disable-webgl', '--disable-3d-apis']);

let atlas: AtlasPage | undefined;
afterEach(async () => {
  await atlas?.close();
  atlas = undefined;
});

describe.skipIf(chromiumMissing)('map image export (SVG map, no WebGL)', () => {
  it(
    'downloads a 1920 × 1080 PNG drawn from the SVG map, with a legend box over it',
    async () => {
      atlas = await openAtlas('');
      const { page } = atlas;
      await waitForExportControl(page, 'svg');
      expect(await page.locator('svg.svg-map path[data-zone-id]').count()).toBeGreaterThan(0);
      const file = await exportMapImage(page, '1920x1080');
      expect(file.name).toBe('beijing-ftz-atlas-1920x1080.png');
      expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
      const colors = await legendColors(page);
      const [whole, corner, legend, map] = await regionStats(
        page,
        file.bytes,
        [R.whole, R.legendCorner, R.legend, R.map],
        colors,
      );
      expect(whole!.distinct).toBeGreaterThan(500);
      expect(map!.distinct).toBeGreaterThan(50);
      expect(corner!.distinct).toBeLessThanOrEqual(4);
      expect(distance(corner!.mean, [255, 255, 255])).toBeLessThan(10);
      expect(distance(corner!.mean, map!.mean)).toBeGreaterThan(10);
      expect(legend!.found).toEqual(colors);
      // The SVG's colours came along: the land is the theme's, not black or transparent.
      expect(distance(map!.mean, [0, 0, 0])).toBeGreaterThan(150);
      expect(atlas.errors).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
    },
    SLOW,
  );
});
