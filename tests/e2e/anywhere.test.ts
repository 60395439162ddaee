import { readFileSync } from 'node:fs';
import turfArea from '@turf/area';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect } from 'vitest';
import { chromiumMissing, waitForSettledCamera, type AtlasPage } from './atlasPage';
import { it as atlasIt } from './fixture';
import { zonesHidden } from './inView';

/**
 * Issue 24, "a site from anywhere" and the walk's fixes: a park near Shanghai, which the map cannot
 * show, is imported, said to lie outside the map, listed, and laid over the CBD at its true area; the
 * phone's credits fold into a button; the opening frame holds every zone, Daxing Airport's included.
 */

type Page = AtlasPage['page'];

const PARK = 'tests/fixtures/import/e2e/shanghai-park.geojson';
const park = (JSON.parse(readFileSync(PARK, 'utf8')) as FeatureCollection<Polygon>).features[0]!;
const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as FeatureCollection;
const cbd = zones.features.find((zone) => zone.properties?.['id'] === 'cbd-part') as Feature<Polygon>;

/** The mean of a ring's vertices, its closing one left out: where the overlay anchors an outline. */
const anchorOf = (ring: number[][]): [number, number] => {
  const open = ring.slice(0, -1);
  return [0, 1].map((i) => open.reduce((sum, point) => sum + point[i]!, 0) / open.length) as [number, number];
};

const FIRST_FRAME_MS = 120_000;
const SLOW = 300_000;

/** This file's fixture: the atlas at `query` (and `viewport`), its map drawn and its import panel mounted. */
const it = atlasIt.extend(
  'openReady',
  async ({ openAtlas }) =>
    async (query = '', viewport?: { width: number; height: number }): Promise<AtlasPage> => {
      const atlas = await openAtlas(query, { timeout: FIRST_FRAME_MS, ...(viewport ? { viewport } : {}) });
      await atlas.page.locator('input[type=file][data-import]').waitFor({ state: 'attached', timeout: 60_000 });
      return atlas;
    },
);

const camera = (page: Page) =>
  page.evaluate(() => {
    const map = window.atlas!.map;
    return { center: map.getCenter().toArray(), zoom: map.getZoom() };
  });

/** The zones whose labels reach the map's left or right edge, once the map has drawn what it has to. */
const labelsAtSides = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const map = window.atlas!.map;
        map.once('idle', () => {
          const { clientWidth: width, clientHeight: height } = map.getContainer();
          const layers = ['zone-labels', 'zone-point-labels'];
          // A column a pixel wide at each side: a label's box that reaches into it reaches the edge.
          const column = (x: number): [[number, number], [number, number]] => [
            [x, 0],
            [x + 1, height],
          ];
          const ids = (x: number) =>
            map.queryRenderedFeatures(column(x), { layers }).map((f) => String(f.properties['id']));
          resolve([...ids(0), ...ids(width - 1)]);
        });
        map.triggerRepaint();
      }),
  );

describe.skipIf(chromiumMissing)('a site from anywhere, and the walk’s fixes', () => {
  it(
    'opens on a frame that holds every zone, Daxing Airport’s, and says a park near Shanghai lies outside the map, then lays it over the CBD at its true area',
    async ({ openReady }) => {
      const atlas = await openReady();
      const { page } = atlas;

      // The opening frame: every zone's outline box on the canvas, Daxing Airport's economic zone included,
      // and its label drawn (the old frame stopped at the FTZ areas and cut it at the bottom edge).
      const everyZone = zones.features.map((zone) => String(zone.properties!['id']));
      expect(everyZone).toContain('daxing-airport-economic-zone');
      expect(await zonesHidden(page, everyZone)).toEqual([]);
      const labelled = await page.evaluate(() =>
        window.atlas!.map.queryRenderedFeatures({ layers: ['zone-labels'] }).map((f) => String(f.properties['id'])),
      );
      expect(labelled).toContain('daxing-airport-economic-zone');

      // The import: said on the status line (a status, not an alert), listed, and the camera stays.
      const before = await camera(page);
      await page.locator('input[type=file][data-import]').setInputFiles(PARK);
      const status = page.locator('#status');
      await expect
        .poll(() => status.innerText())
        .toMatch(
          /Imported 1 polygon from shanghai-park\.geojson\. “Riverside science park \(Shanghai\)” lies outside the map/,
        );
      expect(await status.getAttribute('role')).toBe('status');
      const listed = page.locator('[data-user-features] .user-item .user-name');
      await expect.poll(() => listed.allTextContents()).toEqual(['Riverside science park (Shanghai)']);
      await waitForSettledCamera(page);
      expect(await camera(page)).toEqual(before);

      // "Lay over Beijing": the outline on the CBD, at its true area, the figure shown beside it.
      await status.getByRole('button', { name: 'Lay over Beijing (true size)' }).click();
      const control = page.locator('[data-overlay]');
      await expect.poll(() => control.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await control.locator('h2').innerText()).toBe('Riverside science park (Shanghai) (true size)');
      const trueKm2 = turfArea(park) / 1e6;
      const shown = await control.locator('[data-overlay-field="mapped"]').innerText();
      expect(shown).toMatch(/^Mapped outline: \d+\.\d\d km²$/);
      expect(Number.parseFloat(shown.replace(/^\D+/, ''))).toBeCloseTo(trueKm2, 2);
      const at = anchorOf(cbd.geometry.coordinates[0]!);
      const anchor = (await control.getAttribute('data-anchor'))!.split(',').map(Number);
      expect(anchor[0]).toBeCloseTo(at[0], 5);
      expect(anchor[1]).toBeCloseTo(at[1], 5);
      // What the map draws is that outline, moved to the CBD: the same area, within 0.5 %.
      await waitForSettledCamera(page);
      const drawn = await page.evaluate(
        () => (window.atlas!.map.getSource('planner-overlay')!.serialize() as { data: Feature<Polygon> }).data,
      );
      expect(drawn.geometry.type).toBe('Polygon');
      expect(Math.abs(turfArea(drawn) / 1e6 / trueKm2 - 1)).toBeLessThan(0.005);
      // …and the camera went to the CBD, which is on screen beside it.
      expect(await zonesHidden(page, ['cbd-part'])).toEqual([]);

      // It enters the comparison like any import.
      await page.locator('[data-user-features] .user-item').getByRole('button', { name: 'Add to compare' }).click();
      await expect
        .poll(() => page.locator('#compare table[data-table="metrics"] tbody th span').allInnerTexts())
        .toContain('Riverside science park (Shanghai)');
      expect(atlas.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'folds the credits into a button on a phone, opened on demand, and keeps the zones’ names on its screen',
    async ({ openReady }) => {
      const { page, errors } = await openReady('', { width: 390, height: 844 });
      const credits = page.locator('.maplibregl-ctrl-attrib');
      await expect.poll(() => credits.getAttribute('class')).toContain('maplibregl-compact');
      expect(await credits.getAttribute('class')).not.toContain('maplibregl-compact-show');
      const folded = (await credits.boundingBox())!;
      // One small button, not five lines over the map.
      expect(folded.height).toBeLessThan(40);
      expect(folded.width).toBeLessThan(60);
      expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(false);
      await page.locator('.maplibregl-ctrl-attrib-button').click();
      await expect.poll(() => page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(true);
      expect(await page.locator('.maplibregl-ctrl-attrib-inner').innerText()).toContain('OpenStreetMap');

      // The opening frame keeps every zone's name on the screen, in English and in the wider Chinese
      // (Shougang Park's, beside its dot at the west edge, ran off it: svg/openingFrame.ts).
      expect(await labelsAtSides(page)).toEqual([]);
      await page.getByRole('button', { name: '中文' }).click();
      const pointLabels = () =>
        page.evaluate(() => JSON.stringify(window.atlas!.map.getLayoutProperty('zone-point-labels', 'text-field')));
      await expect.poll(pointLabels).toMatch(/^\["format",\["get","name_zh"\]/);
      expect(await labelsAtSides(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    SLOW,
  );
});
