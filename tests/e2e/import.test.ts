import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { chromiumMissing, waitForAtlas, waitForSettledCamera, type AtlasPage } from './atlasPage';
import { it as atlasIt } from './fixture';
import { watchDialogs } from './harm';
import { controlsUnderNotice } from './inView';
import { sharedAtlas } from './sharedAtlas';

type Page = AtlasPage['page'];

const FIXTURES = 'tests/fixtures/import/e2e';
const fixture = (name: string) => (name.includes('/') ? `tests/fixtures/import/${name}` : `${FIXTURES}/${name}`);
const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The imported features' names in "Your features", as listed. */
/** textContent: while details are open, the list is hidden (the details cover it) but still there. */
const listedNames = (page: Page) => page.locator('[data-user-features] .user-item .user-name').allTextContents();
/** The ids of imported features MapLibre has drawn (its own layer), sorted. */
const drawnIds = (page: Page) =>
  page.evaluate(() =>
    [
      ...new Set(
        window.atlas!.map.queryRenderedFeatures({ layers: ['user-features-fill'] }).map((f) => String(f.properties.id)),
      ),
    ].sort(),
  );
const comparedNames = (page: Page) =>
  page.locator('#compare table[data-table="metrics"] tbody th span').allInnerTexts();
const importFile = (page: Page, name: string) =>
  page.locator('input[type=file][data-import]').setInputFiles(fixture(name));
const status = (page: Page) => page.locator('#status');
/** The first vertex of the stored import called `name`, [lng, lat]. */
const firstVertex = (page: Page, name: string) =>
  page.evaluate((wanted) => {
    const feature = window.atlas!.store.get().userFeatures.find((f) => f.name === wanted)!;
    const ring =
      feature.geometry.type === 'Polygon' ? feature.geometry.coordinates[0]! : feature.geometry.coordinates[0]![0]!;
    return ring[0] as [number, number];
  }, name);
/** The south-west corner of the stored import called `name`. */
const southWest = (page: Page, name: string) =>
  page.evaluate((wanted) => {
    const feature = window.atlas!.store.get().userFeatures.find((f) => f.name === wanted)!;
    const ring = (feature.geometry.coordinates as number[][][])[0]!;
    return [Math.min(...ring.map((p) => p[0]!)), Math.min(...ring.map((p) => p[1]!))];
  }, name);
/** Great-circle distance, m. */
const metres = ([lng1, lat1]: number[], [lng2, lat2]: number[]) => {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2! - lat1!) * r) / 2) ** 2 +
    Math.cos(lat1! * r) * Math.cos(lat2! * r) * Math.sin(((lng2! - lng1!) * r) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(a));
};

/**
 * Drags `path` over the map and drops it there as a person drags a file from their desktop: a
 * DataTransfer made in the page holds the file, and dragenter, dragover and drop reach the map.
 * Stops after dragover when `drop` is false, so the hint can be seen.
 */
async function dragFileOntoMap(page: Page, path: string, drop = true): Promise<void> {
  const bytes = [...readFileSync(path)];
  const name = path.split('/').at(-1)!;
  await page.evaluate(
    ({ bytes, name, drop }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/geo+json' }));
      const target = document.querySelector('#map canvas') ?? document.getElementById('map')!;
      const fire = (type: string) =>
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      fire('dragenter');
      fire('dragover');
      if (drop) fire('drop');
    },
    { bytes, name, drop },
  );
}

/** On a shared two-core machine under load SwiftShader takes over 30 s to draw the first frame: generous waits. */
const FIRST_FRAME_MS = 120_000;
/** Waits until the import panel, which loads after the map, is mounted. */
const importPanel = (page: Page) =>
  page.locator('input[type=file][data-import]').waitFor({ state: 'attached', timeout: 60_000 });

/** This file's fixture: the atlas at `query`, its map drawn and its import panel mounted. */
const it = atlasIt.extend('openReady', async ({ openAtlas }) => async (query = ''): Promise<AtlasPage> => {
  const atlas = await openAtlas(query, { timeout: FIRST_FRAME_MS });
  await importPanel(atlas.page);
  return atlas;
});

/** After a reload: the map drawn, as the fixture waits for it, and the import panel mounted. */
async function waitForImportReady(page: Page): Promise<void> {
  await waitForAtlas(page, { timeout: FIRST_FRAME_MS });
  await importPanel(page);
}

const SLOW = 300_000;

/**
 * What an import test may leave that is the page's rather than the store's (which the put-back resets,
 * the imports with it): the datum chosen for the next file and a site laid over the map.
 */
async function clearPageTools(page: Page): Promise<void> {
  await importPanel(page);
  await page.locator('[data-datum]').selectOption('wgs84');
  const remove = page.locator('[data-overlay-remove]');
  if ((await remove.count()) > 0) await remove.click();
  await expect.poll(() => page.locator('[data-overlay]').count()).toBe(0);
}

describe.skipIf(chromiumMissing)('your features (import)', () => {
  /**
   * The atlas as a plain link opens it, shared by the tests that import from there and reload nothing
   * (sharedAtlas.ts); a test that reloads to check what is kept has its own page.
   */
  const plainAtlas = sharedAtlas('', { timeout: FIRST_FRAME_MS, settled: clearPageTools });

  it(
    'imports a GeoJSON file: said on the status line, drawn on the map, listed, compared, kept after a reload',
    async ({ openReady }) => {
      const atlas = await openReady('?compare=cbd-part');
      const { page } = atlas;
      await expect(
        page.getByRole('button', { name: 'Add your site (GeoJSON, KML, zipped Shapefile)' }).isVisible(),
      ).resolves.toBe(true);
      expect(await page.locator('input[data-import]').getAttribute('accept')).toBe('.geojson,.json,.kml,.kmz,.zip');

      await importFile(page, 'two-plots.geojson');
      await expect.poll(() => status(page).innerText()).toMatch(/Imported 2 polygons from two-plots\.geojson/);
      // The notice leaves the measuring buttons free to press.
      expect(await controlsUnderNotice(page, '.planner-button')).toEqual([]);
      expect(await status(page).getAttribute('role')).toBe('status');
      await expect.poll(() => listedNames(page)).toEqual(['North plot', 'South plot']);
      await waitForSettledCamera(page);
      await expect.poll(() => drawnIds(page).then((ids) => ids.length)).toBe(2);

      // Add to compare from the list row, then the table holds the zone and the import.
      const north = page.locator('[data-user-features] .user-item', { hasText: 'North plot' });
      await north.getByRole('button', { name: 'Add to compare' }).click();
      await expect.poll(() => comparedNames(page)).toEqual(['Beijing CBD part', 'North plot']);
      const row = page.locator('#compare tbody tr').nth(1);
      expect(await row.locator('td').first().innerText()).toBe('not published');
      // No official area, so its ratio to the CBD uses its outline's area, marked and explained; its
      // districts are found on the district map.
      const ratio = await row.locator('td').nth(5).innerText();
      expect(ratio).toMatch(/^\d+\.\d\d×\*$/);
      expect(Number.parseFloat(ratio)).toBeGreaterThan(0);
      expect(await page.locator('#compare [data-ratio-note]').innerText()).toMatch(/^\* Your imported features/);
      await expect.poll(() => row.locator('td').last().innerText()).toBe('Shunyi');
      const northId = (await north.getAttribute('data-user-feature-id'))!;
      expect(northId).toMatch(/^user-/);
      await expect.poll(() => urlParam(page, 'compare')).toBe(`cbd-part,${northId}`);

      // The details: name, where it came from, the file's properties as text.
      await north.locator('.user-name').click();
      const details = page.locator('#details');
      await expect.poll(() => details.locator('h2').innerText()).toBe('North plot');
      expect(await details.innerText()).toMatch(/Imported from two-plots\.geojson on .+, coordinates: WGS84/);
      expect(await details.locator('td').allInnerTexts()).toContain('Example Logistics Ltd');

      // The CSV includes the import.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV', exact: true }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv).toContain(`${northId},North plot,North plot,`);

      // A reload keeps the import, and the comparison that includes it.
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('compare')?.includes(id), northId);
      await page.reload();
      await waitForImportReady(page);
      await expect.poll(() => listedNames(page), { timeout: 30_000 }).toEqual(['North plot', 'South plot']);
      await expect.poll(() => comparedNames(page)).toEqual(['Beijing CBD part', 'North plot']);
      expect(urlParam(page, 'compare')).toBe(`cbd-part,${northId}`);
      // The link selected the import too: its details open again once it is restored.
      expect(urlParam(page, 'zone')).toBe(northId);
      await expect.poll(() => details.locator('h2').innerText()).toBe('North plot');
      // The selected import is framed and drawn; the map's tiles hold both.
      await expect.poll(() => drawnIds(page)).toContain(northId);
      const sourceIds = () =>
        page.evaluate(() => [
          ...new Set(
            window
              .atlas!.map.querySourceFeatures('user-features', { sourceLayer: 'user-features' })
              .map((f) => f.properties['id'] as string),
          ),
        ]);
      await expect.poll(() => sourceIds().then((ids) => ids.length)).toBe(2);
      expect(await sourceIds()).toContain(northId);
      expect(atlas.errors).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
    },
    SLOW,
  );

  it(
    'imports a KML file and a zipped CGCS2000 shapefile through the file picker, read in the browser’s worker',
    async () => {
      const atlas = await plainAtlas();
      const { page } = atlas;
      await importFile(page, 'good/zones.kml');
      await expect.poll(() => status(page).innerText()).toMatch(/Imported 2 polygons from zones\.kml/);
      await expect.poll(() => listedNames(page)).toEqual(['KML block', 'Two parts']);
      // The MultiGeometry's two squares are one feature.
      expect(await page.evaluate(() => window.atlas!.store.get().userFeatures[1]!.geometry.type)).toBe('MultiPolygon');

      // A shapefile in Gauss–Krüger metres (EPSG:4548), reprojected from its .prj by proj4 in the worker.
      await importFile(page, 'good/parcels-cgcs2000-gk.zip');
      await expect
        .poll(() => status(page).innerText())
        .toMatch(/Imported 2 polygons from parcels-cgcs2000-gk\.zip[\s\S]*Reprojected the shapefile/);
      expect(await status(page).getAttribute('role')).toBe('status');
      await expect.poll(() => listedNames(page)).toEqual(['KML block', 'Two parts', '地块一', 'Parcel two']);
      // The parcels land where they were drawn: 0.01° squares at 116.45 and 116.47° E, 39.9° N.
      for (const [name, lng] of [
        ['地块一', 116.45],
        ['Parcel two', 116.47],
      ] as const) {
        const [west, south] = await southWest(page, name);
        expect(metres([west!, south!], [lng, 39.9]), name).toBeLessThan(1);
      }
      await waitForSettledCamera(page);
      await expect.poll(() => drawnIds(page).then((ids) => ids.length)).toBe(4);
      expect(atlas.errors).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
    },
    SLOW,
  );

  it(
    'imports a file dropped on the map, converting GCJ-02 coordinates when told so',
    async () => {
      const atlas = await plainAtlas();
      const { page } = atlas;
      await page.locator('[data-datum]').selectOption('gcj02');
      const path = fixture('good/gcj02-sample.geojson');
      // While a file is dragged over the map, a hint says the drop will be taken.
      await dragFileOntoMap(page, path, false);
      const hint = page.locator('[data-drop-hint]');
      await expect.poll(() => hint.isVisible()).toBe(true);
      expect(await hint.innerText()).toBe('Drop the file to add it to the map');
      await dragFileOntoMap(page, path);
      await expect.poll(() => hint.isVisible()).toBe(false);
      await expect
        .poll(() => status(page).innerText())
        .toMatch(/Imported 1 polygon from gcj02-sample\.geojson[\s\S]*Converted 1 polygon from GCJ-02/);
      await expect.poll(() => listedNames(page)).toEqual(['GCJ-02 block']);

      // The file's square sits about 500 m off (GCJ-02); converted, it is the WGS84 square at 116.45, 39.9.
      const file = JSON.parse(readFileSync(path, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Polygon>;
      const fileCorner = file.features[0]!.geometry.coordinates[0]!.reduce((a, b) => [
        Math.min(a[0]!, b[0]!),
        Math.min(a[1]!, b[1]!),
      ]);
      const corner = await southWest(page, 'GCJ-02 block');
      expect(metres(corner, [116.45, 39.9])).toBeLessThan(1);
      const shift = metres(corner, fileCorner);
      expect(shift).toBeGreaterThan(300);
      expect(shift).toBeLessThan(800);
      expect(metres(await firstVertex(page, 'GCJ-02 block'), [116.45, 39.9])).toBeLessThan(1);

      // On the map it is drawn there: the feature under the converted square's centre is the import.
      // The import is drawn from vector tiles cut in a worker, so its tile may arrive after the camera settles.
      await waitForSettledCamera(page);
      const underCentre = () =>
        page.evaluate(() => {
          const { map, store } = window.atlas!;
          const point = map.project([116.455, 39.905]);
          const named = new Map(store.get().userFeatures.map((f) => [f.id, f.name]));
          // The tiles carry the id alone; the name is the page's.
          return map
            .queryRenderedFeatures(point, { layers: ['user-features-fill'] })
            .map((f) => named.get(String(f.properties['id'])));
        });
      await expect.poll(underCentre).toContain('GCJ-02 block');
      expect(atlas.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'lays an imported site over the map at its true size',
    async () => {
      const atlas = await plainAtlas();
      const { page } = atlas;
      await importFile(page, 'two-plots.geojson');
      await expect.poll(() => listedNames(page)).toEqual(['North plot', 'South plot']);
      await page.locator('[data-measure="distance"]').waitFor();
      await page.locator('[data-user-features] .user-item', { hasText: 'North plot' }).locator('.user-name').click();
      const details = page.locator('#details');
      await expect.poll(() => details.locator('h2').innerText()).toBe('North plot');
      await details.getByRole('button', { name: 'Lay over (true size)' }).click();
      const control = page.locator('[data-overlay]');
      await expect.poll(() => control.isVisible()).toBe(true);
      expect(await control.innerText()).toContain('North plot (true size)');
      expect(await control.innerText()).toContain('Official area: not published');
      expect(await control.innerText()).toMatch(/Mapped outline: \d+\.\d\d km²/);
      await expect
        .poll(() =>
          page.evaluate(() => window.atlas!.map.queryRenderedFeatures({ layers: ['planner-overlay-fill'] }).length),
        )
        .toBeGreaterThan(0);
      // It moves with the arrow keys like a zone's.
      const before = await control.getAttribute('data-anchor');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => control.getAttribute('data-anchor')).not.toBe(before);
      expect(atlas.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'refuses a broken file with an alert, and changes nothing',
    async () => {
      const atlas = await plainAtlas();
      const { page } = atlas;
      await page.evaluate(() => window.atlas!.store.update({ compare: ['cbd-part'] }));
      await importFile(page, 'two-plots.geojson');
      await expect.poll(() => listedNames(page)).toEqual(['North plot', 'South plot']);
      await page.locator('#zone-list [data-zone-id="cbd-part"]').click();
      await page.locator('#details .details-close').click();
      await page.locator('#zone-list [data-zone-id="jinzhan-part"]').click();
      await waitForSettledCamera(page);
      const before = await page.evaluate(() => {
        const { compare, selectedId, view, userFeatures } = window.atlas!.store.get();
        return { compare, selectedId, view, ids: userFeatures.map((f) => f.id) };
      });

      await importFile(page, 'truncated.geojson');
      await expect.poll(() => page.locator('#status[role="alert"]').isVisible()).toBe(true);
      expect(await status(page).innerText()).toMatch(/Could not import truncated\.geojson/);
      const after = await page.evaluate(() => {
        const { compare, selectedId, view, userFeatures } = window.atlas!.store.get();
        return { compare, selectedId, view, ids: userFeatures.map((f) => f.id) };
      });
      expect(after).toEqual(before);
      expect(await listedNames(page)).toEqual(['North plot', 'South plot']);
      expect(atlas.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'removes one import, then all after a confirmation, and the comparison follows',
    async ({ openReady }) => {
      const atlas = await openReady();
      const { page } = atlas;
      await importFile(page, 'two-plots.geojson');
      await expect.poll(() => listedNames(page)).toEqual(['North plot', 'South plot']);
      const south = page.locator('[data-user-features] .user-item', { hasText: 'South plot' });
      await south.getByRole('button', { name: 'Add to compare' }).click();
      await expect.poll(() => comparedNames(page)).toEqual(['South plot']);
      // Alone in the comparison (so first), it still has a ratio: its own outline's, 1.00×.
      const row = page.locator('#compare tbody tr').first();
      expect(await row.locator('td').nth(5).innerText()).toBe('1.00×*');
      // It lies across the Shunyi–Chaoyang line, mostly in Shunyi.
      await expect.poll(() => row.locator('td').last().innerText()).toBe('Shunyi, Chaoyang');

      await south.getByRole('button', { name: 'Remove South plot' }).click();
      await expect.poll(() => listedNames(page)).toEqual(['North plot']);
      await expect.poll(() => page.locator('#compare').isVisible()).toBe(false);
      await expect.poll(() => drawnIds(page).then((ids) => ids.length)).toBe(1);

      await page.locator('[data-user-features]').getByRole('button', { name: 'Remove all' }).click();
      await page.locator('[data-user-features] [data-cancel]').click();
      expect(await listedNames(page)).toEqual(['North plot']);
      await page.locator('[data-user-features]').getByRole('button', { name: 'Remove all' }).click();
      await page.locator('[data-user-features] [data-confirm]').click();
      await expect.poll(() => listedNames(page)).toEqual([]);
      await expect.poll(() => drawnIds(page)).toEqual([]);
      // Gone after a reload too.
      await page.reload();
      await waitForImportReady(page);
      await page.locator('[data-user-features]').waitFor({ timeout: 30_000 });
      await expect.poll(() => page.locator('[data-user-features]').innerText()).toContain('Nothing imported yet.');
      expect(atlas.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'shows markup and script in a file’s properties as text: no dialog, nothing run',
    async () => {
      const atlas = await plainAtlas();
      const { page } = atlas;
      const dialogs = watchDialogs(page);
      await importFile(page, 'markup.geojson');
      const name = '<img src=x onerror="window.__pwned = 1; alert(1)">';
      await expect.poll(() => listedNames(page)).toEqual([name]);
      await page.locator('[data-user-features] .user-name').click();
      await expect.poll(() => page.locator('#details h2').innerText()).toBe(name);
      const cells = await page.locator('#details td').allInnerTexts();
      expect(cells).toContain('<script>window.__pwned = 2; alert(2)</script>');
      expect(cells).toContain('javascript:window.__pwned = 3; alert(3)');
      // No element came from the file: no image, no script, no link in the panel or the list.
      expect(await page.locator('#details img, #details script, #details a, [data-user-features] img').count()).toBe(0);
      const search = page.locator('#search-input');
      await search.fill('img src');
      await expect.poll(() => page.locator('#search-suggestions').innerText()).toContain(name);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(atlas.errors).toEqual([]);
      expect(await atlas.cspViolations()).toEqual([]);
    },
    SLOW,
  );
});
