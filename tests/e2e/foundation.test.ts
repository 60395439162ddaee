import { describe, expect } from 'vitest';
import { chromiumMissing, screenPointOf, svgPointOf, waitForSvgMap } from './atlasPage';
import { it } from './fixture';
import { sharedAtlas } from './sharedAtlas';

describe.skipIf(chromiumMissing)('the atlas in Chromium', () => {
  /**
   * The atlas as a plain link opens it, shared by the tests that start there and check no more than
   * what they do (sharedAtlas.ts); the first test checks the load itself (its requests) on its own page.
   */
  const defaultAtlas = sharedAtlas();

  it('draws the basemap and the three FTZ areas with no errors and no off-site requests', async ({ openAtlas }) => {
    const atlas = await openAtlas();
    const { page } = atlas;
    const rendered = await page.evaluate(() => {
      const map = window.atlas!.map;
      // `kind`: the feature's `layer` property, in a merged basemap layer.
      const ids = (layers: string[], kind?: string) => [
        ...new Set(
          map
            .queryRenderedFeatures({ layers })
            .filter((f) => !kind || f.properties['layer'] === kind)
            .map((f) => String(f.properties['id'] ?? f.properties['name_en'])),
        ),
      ];
      return {
        areas: ids(['zones-area-fill']).sort(),
        districts: ids(['basemap-fill'], 'district').length,
        subwayLines: map
          .queryRenderedFeatures({ layers: ['basemap-line'] })
          .filter((f) => f.properties['layer'] === 'subway-line').length,
        districtLabels: ids(['basemap-label'], 'district-label'),
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
    // The page's CSP forbids eval and inline scripts; nothing in it may even try.
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('highlights a zone under the pointer and opens its details on click; Escape closes them', async () => {
    const atlas = await defaultAtlas();
    const { page } = atlas;
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
    const atlas = await defaultAtlas();
    const { page } = atlas;
    const point = await screenPointOf(page, 'sci-tech-innovation-area');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Sci-Tech Innovation Area');
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => page.locator('#details').isVisible()).toBe(false);
  });

  it('keeps a working SVG map, and says why, when WebGL2 is unavailable', async ({ openAtlas }) => {
    // Loaded as usual first, then again as a browser without WebGL2 would.
    const atlas = await openAtlas('', { waitFor: 'nothing' });
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
    await waitForSvgMap(page);
    const status = page.locator('#status');
    await expect.poll(() => status.innerText()).toMatch(/WebGL2/);
    expect(await status.getAttribute('role')).toBe('status');
    const inArea = await svgPointOf(page, 'high-end-industry-area');
    await page.mouse.click(inArea.x, inArea.y);
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('High-end Industry Area');
    await expect.poll(() => page.locator('#charts-toggle').isVisible()).toBe(true);
    expect(atlas.errors).toEqual([]);
  });

  it('shows the zones as SVG before MapLibre’s first frame, hands over without a shift, in the same place', async ({
    openAtlas,
  }) => {
    const atlas = await openAtlas('', {
      beforeLoad: async (page) => {
        // Records, from the first moment, when the SVG map appears and goes and when MapLibre is ready,
        // the SVG position of an area at that moment, and every layout shift.
        await page.addInitScript(() => {
          const log = { svgAt: -1, readyAt: -1, goneAt: -1, rectAtReady: null as DOMRect | null, shift: 0 };
          (window as unknown as { firstPaint: typeof log }).firstPaint = log;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) log.shift += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          new MutationObserver(() => {
            const svg = document.querySelector('svg.svg-map');
            if (svg && log.svgAt < 0) log.svgAt = performance.now();
            if (!svg && log.svgAt >= 0 && log.goneAt < 0) log.goneAt = performance.now();
            if (document.documentElement.dataset.map === 'ready' && log.readyAt < 0) {
              log.readyAt = performance.now();
              log.rectAtReady =
                document
                  .querySelector('svg.svg-map path[data-zone-id="high-end-industry-area"]')
                  ?.getBoundingClientRect() ?? null;
            }
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map'] });
        });
      },
    });
    const { page } = atlas;
    await page.waitForFunction(() => !document.querySelector('svg.svg-map'));
    const log = await page.evaluate(() => (window as unknown as { firstPaint: Record<string, unknown> }).firstPaint);
    expect(log['svgAt']).toBeGreaterThan(0);
    expect(log['svgAt']).toBeLessThan(log['readyAt'] as number);
    expect(log['goneAt']).toBeGreaterThanOrEqual(log['readyAt'] as number);
    expect(log['shift']).toBeLessThanOrEqual(0.01);
    // Where MapLibre draws the same area: its outline's screen box, from the map itself.
    const drawn = await page.evaluate(() => {
      const { map, zones } = window.atlas!;
      const zone = zones.features.find((f) => f.properties.id === 'high-end-industry-area')!;
      const points = (zone.geometry.coordinates as number[][][][])
        .flat(2)
        .map((p) => map.project(p as [number, number]));
      const box = map.getCanvas().getBoundingClientRect();
      return {
        left: box.left + Math.min(...points.map((p) => p.x)),
        top: box.top + Math.min(...points.map((p) => p.y)),
        right: box.left + Math.max(...points.map((p) => p.x)),
      };
    });
    const svgRect = log['rectAtReady'] as { left: number; top: number; right: number };
    expect(Math.abs(svgRect.left - drawn.left)).toBeLessThan(3);
    expect(Math.abs(svgRect.top - drawn.top)).toBeLessThan(3);
    expect(Math.abs(svgRect.right - drawn.right)).toBeLessThan(3);
    expect(atlas.errors).toEqual([]);
  });
});
