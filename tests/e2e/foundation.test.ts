import { afterEach, describe, expect, it } from 'vitest';
import { chromiumMissing, openAtlas, screenPointOf, waitForZones, type AtlasPage } from './atlasPage';

describe.skipIf(chromiumMissing)('the atlas in Chromium', () => {
  let atlas: AtlasPage | undefined;
  afterEach(async () => {
    await atlas?.close();
    atlas = undefined;
  });

  it('draws the basemap and the three FTZ areas with no errors and no off-site requests', async () => {
    atlas = await openAtlas();
    const { page } = atlas;
    await waitForZones(page);
    const rendered = await page.evaluate(() => {
      const map = window.atlas!.map;
      const ids = (layers: string[]) => [
        ...new Set(
          map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['id'] ?? f.properties['name_en'])),
        ),
      ];
      return {
        areas: ids(['zones-area-fill']).sort(),
        districts: ids(['district-fill']).length,
        subwayLines: map.queryRenderedFeatures({ layers: ['subway-line'] }).length,
        districtLabels: ids(['district-label']),
      };
    });
    expect(rendered.areas).toEqual([
      'high-end-industry-area',
      'international-business-services-area',
      'sci-tech-innovation-area',
    ]);
    expect(rendered.districts).toBeGreaterThanOrEqual(10);
    expect(rendered.subwayLines).toBeGreaterThan(10);
    expect(rendered.districtLabels).toContain('Haidian');
    expect(await page.locator('.maplibregl-ctrl-attrib').innerText()).toContain('OpenStreetMap contributors');
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('highlights a zone under the pointer and opens its details on click; Escape closes them', async () => {
    atlas = await openAtlas();
    const { page } = atlas;
    await waitForZones(page);
    const point = await screenPointOf(page, 'high-end-industry-area');
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => window.atlas!.store.get().hoveredId === 'high-end-industry-area');
    const hoverState = await page.evaluate(() =>
      window.atlas!.map.getFeatureState({ source: 'zones', id: 'high-end-industry-area' }),
    );
    expect(hoverState).toMatchObject({ hover: true });

    await page.mouse.click(point.x, point.y);
    const details = page.locator('#details');
    await expect.poll(() => details.isVisible()).toBe(true);
    await expect.poll(() => details.locator('h2').textContent()).toBe('High-end Industry Area');
    const text = await details.innerText();
    expect(text).toContain('高端产业片区');
    expect(text).toContain('39.49 km²');
    expect(text).toContain('Ministry of Commerce, Invest in China');
    expect(text).toMatch(/Indicative outline/);

    await page.keyboard.press('Escape');
    await expect.poll(() => details.isVisible()).toBe(false);
    expect(atlas.errors).toEqual([]);
  });

  it('closes the details with the close button', async () => {
    atlas = await openAtlas();
    const { page } = atlas;
    await waitForZones(page);
    const point = await screenPointOf(page, 'sci-tech-innovation-area');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Sci-Tech Innovation Area');
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => page.locator('#details').isVisible()).toBe(false);
  });

  it('explains, instead of showing a blank page, when WebGL2 is unavailable', async () => {
    atlas = await openAtlas();
    const { page } = atlas;
    // A browser without WebGL2: the same page with getContext('webgl2') refusing.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl2' || type === 'webgl') return null;
        return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.map === 'error');
    const status = page.locator('#status');
    await expect.poll(() => status.innerText()).toMatch(/needs WebGL2/);
    expect(await status.getAttribute('role')).toBe('alert');
  });
});
