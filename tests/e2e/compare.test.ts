import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumMissing, openAtlas, screenPointOf, waitForZones, type AtlasPage } from './atlasPage';

const urlParam = (page: AtlasPage['page'], name: string) => new URL(page.url()).searchParams.get(name);

/** The zone names in the comparison table's row headers, top to bottom, as a reader sees them. */
const rowNames = (page: AtlasPage['page']) =>
  page.locator('#compare table[data-table="metrics"] tbody th span').allInnerTexts();

describe.skipIf(chromiumMissing)('comparing zones', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('opens a comparison from a link, and downloads the rows shown as CSV', async () => {
    atlas = await openAtlas('?compare=cbd-part,jinzhan-part,tiananmen,atlantis');
    const { page } = atlas;
    const table = page.getByRole('table', { name: /3 of at most 8 zones/ });
    await expect.poll(() => table.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await rowNames(page)).toEqual([
      'Beijing CBD part',
      'Jinzhan International Cooperation Service Zone part',
      'Tiananmen',
    ]);
    // The unknown id is dropped from the link as well.
    await expect.poll(() => urlParam(page, 'compare')).toBe('cbd-part,jinzhan-part,tiananmen');
    const cbd = page.locator('#compare tr[data-zone-id="cbd-part"]');
    expect(await cbd.innerText()).toContain('4.96');
    await expect(page.getByRole('table', { name: 'Distances between centroids (km)' }).isVisible()).resolves.toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ftz-compare-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    // UTF-8 byte-order mark, so Excel reads the Chinese names.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('Official area (km²)');
    expect(lines[0]).toContain('Sources');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['cbd-part', 'jinzhan-part', 'tiananmen']);
    expect(lines[1]).toContain('北京CBD');
    expect(atlas.errors).toEqual([]);
  });

  it('adds a zone from its details and removes it from the table', async () => {
    atlas = await openAtlas('?zone=jinzhan-part');
    const { page } = atlas;
    await waitForZones(page);
    await page.locator('#details').getByRole('button', { name: 'Add to compare' }).click();
    await expect.poll(() => rowNames(page)).toEqual(['Jinzhan International Cooperation Service Zone part']);
    await expect.poll(() => urlParam(page, 'compare')).toBe('jinzhan-part');
    expect(
      await page.locator('#details').getByRole('button', { name: 'Remove from compare' }).getAttribute('aria-pressed'),
    ).toBe('true');

    await page.getByRole('button', { name: /^Remove Jinzhan .* from the comparison$/ }).click();
    await expect.poll(() => page.locator('#compare').isVisible()).toBe(false);
    await expect.poll(() => urlParam(page, 'compare')).toBeNull();
    expect(atlas.errors).toEqual([]);
  });

  it('adds a zone with Shift+click on the map, leaving the selection alone', async () => {
    atlas = await openAtlas('?zone=cbd-part');
    const { page } = atlas;
    await waitForZones(page);
    await page.waitForFunction(() => !window.atlas!.map.isMoving());
    const point = await screenPointOf(page, 'cbd-part');
    await page.keyboard.down('Shift');
    await page.mouse.click(point.x, point.y);
    await page.keyboard.up('Shift');
    await expect.poll(() => rowNames(page)).toEqual(['Beijing CBD part']);
    expect(urlParam(page, 'zone')).toBe('cbd-part');
    expect(atlas.errors).toEqual([]);
  });
});
