import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, screenPointOf, waitForSettledCamera } from './atlasPage';
import { it } from './fixture';
import { sharedAtlas } from './sharedAtlas';

/** Zooms in one step around a zone by double-clicking it, as a person would, and waits for the map to settle. */
async function doubleClickZoomInto(page: Page, zoneId: string): Promise<void> {
  const before = await page.evaluate(() => window.atlas!.map.getZoom());
  const point = await screenPointOf(page, zoneId);
  await page.mouse.dblclick(point.x, point.y);
  await page.waitForFunction(
    (zoom) => {
      const map = window.atlas!.map;
      return map.getZoom() > zoom + 0.9 && !map.isMoving() && map.areTilesLoaded();
    },
    before,
    { timeout: 30_000 },
  );
}

/**
 * The screen position of the middle of a zone's westernmost edge (a vertical edge in these outlines),
 * once the camera has stopped: selecting a zone starts a fly-to, and a person clicks what they see.
 */
async function westEdgeOf(page: Page, zoneId: string): Promise<{ x: number; y: number }> {
  await waitForSettledCamera(page);
  const point = await page.evaluate((id) => {
    const { map, zones } = window.atlas!;
    const geometry = zones.features.find((f) => f.properties.id === id)!.geometry;
    if (geometry.type !== 'Polygon') throw new Error(`${id} is not a Polygon`);
    const ring = geometry.coordinates[0]!;
    const west = Math.min(...ring.map(([x]) => x));
    const lats = ring.filter(([x]) => x === west).map(([, y]) => y);
    const projected = map.project([west, (Math.min(...lats) + Math.max(...lats)) / 2]);
    return { x: projected.x, y: projected.y };
  }, zoneId);
  const box = await page.locator('#map canvas').boundingBox();
  return { x: box!.x + point.x, y: box!.y + point.y };
}

describe.skipIf(chromiumMissing)('zones beyond the three FTZ areas', () => {
  /** The atlas as a plain link opens it, shared by these tests, which all start there (sharedAtlas.ts). */
  const defaultAtlas = sharedAtlas();

  it('opens a demonstration park from the opening view, saying it is not part of the FTZ', async () => {
    const atlas = await defaultAtlas();
    const { page } = atlas;
    const point = await screenPointOf(page, 'lize-financial-business-district');
    await page.mouse.click(point.x, point.y);
    const details = page.locator('#details');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Lize Financial Business District');
    const text = await details.innerText();
    expect(text).toContain('丽泽金融商务区');
    expect(text).toContain('Not part of the Beijing FTZ');
    expect(await details.locator('[data-field="official-area"]').textContent()).toBe('8.09 km²');
    expect(text).toContain('The Beijing News, reprinted by nakedoat.com');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('shows the capital-airport part once zoomed in, and leads from it to Tianzhu and the Shunyi zone', async () => {
    const atlas = await defaultAtlas();
    const { page } = atlas;
    await doubleClickZoomInto(page, 'capital-airport-part');
    await doubleClickZoomInto(page, 'capital-airport-part');

    const point = await screenPointOf(page, 'capital-airport-part');
    await page.mouse.click(point.x, point.y);
    const details = page.locator('#details');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Capital International Airport surroundings');
    expect(await details.locator('[data-field="official-area"]').textContent()).toBe('28.5 km²');
    expect(await details.innerText()).toContain('Inside the 119.68 km² Beijing FTZ');
    expect(await details.locator('[data-field="parent"]').innerText()).toBe('International Business Services Area');

    await details.getByRole('button', { name: 'Tianzhu Comprehensive Bonded Zone' }).click();
    await expect.poll(() => details.locator('h2').textContent()).toBe('Tianzhu Comprehensive Bonded Zone');
    expect(await details.locator('[data-field="official-area"]').textContent()).toBe('5.466 km²');

    await details.getByRole('button', { name: 'Capital International Airport surroundings' }).click();
    await details.getByRole('button', { name: /Shunyi national comprehensive demonstration zone/ }).click();
    await expect.poll(() => details.locator('h2').textContent()).toMatch(/^Shunyi national comprehensive/);
    const shunyi = await details.innerText();
    expect(shunyi).toContain('International delivery and logistics');
    expect(shunyi).toContain('Sino-German International Cooperation Industrial Park');
    // The map follows the panel: the shared ring is selected.
    const state = await page.evaluate(() =>
      window.atlas!.map.getFeatureState({ source: 'zones', id: 'shunyi-demonstration-zone' }),
    );
    expect(state).toMatchObject({ selected: true });

    // The Shunyi zone's own ring, just outside the shared outline's west edge, opens it from the map.
    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible()).toBe(false);
    const ring = await westEdgeOf(page, 'shunyi-demonstration-zone');
    await page.mouse.click(ring.x - 3, ring.y);
    await expect.poll(() => details.locator('h2').textContent()).toMatch(/^Shunyi national comprehensive/);
    expect(atlas.errors).toEqual([]);
  });

  it('reads a zone in Chinese: what the figure covers, how it was placed and the map credits', async () => {
    const atlas = await defaultAtlas();
    const { page } = atlas;
    const point = await screenPointOf(page, 'international-business-services-area');
    await page.mouse.click(point.x, point.y);
    const details = page.locator('#details');
    const scope = details.locator('[data-field="area-scope"]');
    const credits = page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => details.locator('h2').textContent()).toBe('International Business Services Area');
    expect(await scope.innerText()).toContain('the remaining 1.05 km² is not explained');

    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => details.locator('h2').textContent()).toBe('国际商务服务片区');
    const chineseScope = await scope.innerText();
    expect(chineseScope).toContain('其余1.05平方公里在已获取的资料中没有解释');
    expect(chineseScope).not.toMatch(/[A-Za-z]{3,}/);
    expect(await scope.getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => credits.innerText()).toContain('OpenStreetMap 贡献者');
    expect(await credits.innerText()).toContain('区域轮廓：示意性质');

    // A part, opened from the parts table, has its placement note in Chinese too.
    await details.getByRole('button', { name: '首都国际机场周边' }).click();
    await expect.poll(() => details.locator('h2').textContent()).toBe('首都国际机场周边');
    expect(await scope.innerText()).toContain('天竺综合保税区');
    const note = details.locator('[data-field="placement"]');
    expect(await note.innerText()).toMatch(/^呈L形带状.*国展站.*该自贸区组团本身的边界未公布。$/);
    expect(await note.getAttribute('lang')).toBe('zh-CN');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => scope.innerText()).toMatch(/^Usable industrial space around the airport/);
    expect(await note.innerText()).toMatch(/^An L-shaped band/);
    expect(await note.getAttribute('lang')).toBe('en');
    await expect.poll(() => credits.innerText()).toContain('OpenStreetMap contributors');
    expect(atlas.errors).toEqual([]);
  });
});
