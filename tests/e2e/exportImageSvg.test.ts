import { afterEach, describe, expect, it } from 'vitest';
import { chromiumMissing, openAtlas, useBrowserArgs, type AtlasPage } from './atlasPage';
import { distance, SLOW, waitForExportControl, expectFullHdLightExport } from './mapImageFile';

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
      const { map } = await expectFullHdLightExport(page);
      // The SVG's colours came along: the land is the theme's, not black or transparent.
      expect(distance(map.mean, [0, 0, 0])).toBeGreaterThan(150);
      expect(atlas.errors).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
    },
    SLOW,
  );
});
