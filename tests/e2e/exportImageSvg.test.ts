import { describe, expect } from 'vitest';
import { chromiumMissing, NO_WEBGL_ARGS, useBrowserArgs } from './atlasPage';
import { it } from './fixture';
import { distance, SLOW, waitForExportControl, expectFullHdLightExport } from './mapImageFile';

// No WebGL: the SVG map is the map, and the image is made from it.
useBrowserArgs(NO_WEBGL_ARGS);

describe.skipIf(chromiumMissing)('map image export (SVG map, no WebGL)', () => {
  it(
    'downloads a 1920 × 1080 PNG drawn from the SVG map, with a legend box over it',
    async ({ openAtlas }) => {
      const atlas = await openAtlas('', { waitFor: 'svg', timeout: 120_000 });
      const { page } = atlas;
      await waitForExportControl(page);
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
