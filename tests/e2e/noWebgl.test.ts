import { describe, expect } from 'vitest';
import { chromiumMissing, NO_WEBGL_ARGS, svgPointOf, useBrowserArgs, waitForSvgMap, type AtlasPage } from './atlasPage';
import { it } from './fixture';
import { seriousViolations } from './axe';
import { controlsUnderNotice } from './inView';

// A browser with WebGL switched off, as on a locked-down office PC or a screen reader's virtual machine.
useBrowserArgs(NO_WEBGL_ARGS);

const urlParam = (page: AtlasPage['page'], name: string) =>
  page.evaluate((key) => new URL(window.location.href).searchParams.get(key), name);

describe.skipIf(chromiumMissing)('the atlas without WebGL', () => {
  it('draws every zone as an SVG path, says it runs in a simpler mode, and loads no MapLibre', async ({
    openAtlas,
  }) => {
    // Listening from the page's load on, as before the SVG map is drawn.
    const atlas = await openAtlas('', { waitFor: 'nothing' });
    const { page } = atlas;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await waitForSvgMap(page);
    const listed = await page.locator('#zone-list [role="option"]').count();
    const drawn = await page
      .locator('svg.svg-map path[data-zone-id]')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-zone-id')));
    expect(new Set(drawn).size).toBe(listed);
    expect(drawn.every((id) => /^[a-z0-9-]+$/.test(id ?? ''))).toBe(true);
    const status = page.locator('#status');
    await expect.poll(() => status.innerText()).toMatch(/Simpler map/);
    expect(await status.getAttribute('role')).toBe('status');
    // The notice leaves the planner's (disabled) buttons and the reason they are off in view.
    await page.locator('[data-measure]').first().waitFor();
    expect(await controlsUnderNotice(page, '.planner-button, .planner-reason')).toEqual([]);
    expect(await page.locator('.svg-map-credits').innerText()).toContain('OpenStreetMap');
    // At the overview the subway is the theme's one grey, fainter, as on the MapLibre map (issue 24).
    const subway = await page
      .locator('svg.svg-map .svg-subway')
      .first()
      .evaluate((path) => {
        const style = getComputedStyle(path);
        const channels = (style.stroke.match(/[\d.]+/g) ?? []).map(Number);
        const rgb = style.stroke.startsWith('color(') ? channels.map((c) => Math.round(c * 255)) : channels;
        return { rgb: rgb.slice(0, 3), opacity: style.strokeOpacity };
      });
    expect(subway).toEqual({ rgb: [0xb3, 0xad, 0xa3], opacity: '0.6' });
    expect(requests.some((url) => /maplibre|view-/.test(url))).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    expect(atlas.errors).toEqual([]);
    expect(atlas.foreignRequests).toEqual([]);
  });

  it('hovers and selects on the map: clicking the CBD shows 4.96 km²', async ({ openAtlas }) => {
    const atlas = await openAtlas('', { waitFor: 'svg' });
    const { page } = atlas;
    const area = page.locator('svg.svg-map path[data-zone-id="international-business-services-area"]');
    const inArea = await svgPointOf(page, 'international-business-services-area');
    await page.mouse.move(inArea.x, inArea.y);
    await expect.poll(() => area.getAttribute('class')).toContain('is-hovered');
    // Choosing the area frames it; its parts appear once the map is zoomed in far enough.
    await page.locator('#zone-option-international-business-services-area').click();
    const cbd = page.locator('svg.svg-map path[data-zone-id="cbd-part"]');
    await expect.poll(() => cbd.isVisible()).toBe(true);
    await expect.poll(() => urlParam(page, 'zone')).toBe('international-business-services-area');
    // Wait for the move to end (the link is written once the camera stops), then point at the CBD.
    await expect.poll(async () => Number(await urlParam(page, 'zoom'))).toBeGreaterThan(10);
    const inCbd = await svgPointOf(page, 'cbd-part');
    await page.mouse.click(inCbd.x, inCbd.y);
    await expect.poll(() => page.locator('#details h2').textContent()).toBe('Beijing CBD part');
    expect(await page.locator('#details [data-field="official-area"]').textContent()).toBe('4.96 km²');
    await expect.poll(() => cbd.getAttribute('class')).toContain('is-selected');
    expect(atlas.errors).toEqual([]);
  });

  it('zooms and pans with buttons and keys, and the link follows', async ({ openAtlas }) => {
    const atlas = await openAtlas('', { waitFor: 'svg' });
    const { page } = atlas;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => Number(await urlParam(page, 'zoom'))).toBeGreaterThan(9.5);
    const zoomed = Number(await urlParam(page, 'zoom'));
    // The button doubles the scale: one zoom level above the opening view.
    const opening = zoomed - 1;
    await page.locator('svg.svg-map').focus();
    await page.keyboard.press('-');
    await expect.poll(async () => Number(await urlParam(page, 'zoom'))).toBeLessThan(zoomed - 0.5);
    const center = await urlParam(page, 'center');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => urlParam(page, 'center')).not.toBe(center);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(async () => Math.abs(Number(await urlParam(page, 'zoom')) - opening)).toBeLessThan(0.05);
  });

  it('searches, opens the charts, and switches language and theme', async ({ openAtlas }) => {
    const atlas = await openAtlas('', { waitFor: 'svg' });
    const { page } = atlas;
    await page.getByRole('combobox', { name: 'Search zones' }).fill('Tianzhu');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('#charts-toggle').click();
    await expect.poll(() => page.locator('#charts svg.chart-svg').count()).toBeGreaterThan(3);
    await page.locator('.charts-close').click();
    await page.getByRole('button', { name: '中文' }).click();
    await expect
      .poll(() => page.locator('svg.svg-map .svg-zone-label').first().textContent())
      .toMatch(/[\u4e00-\u9fff]/);
    await page.getByRole('combobox', { name: '主题' }).selectOption('dark');
    await expect
      .poll(() =>
        page.locator('svg.svg-map').evaluate((svg) => getComputedStyle(svg).getPropertyValue('--map-land').trim()),
      )
      .toBe('#1b1e23');
    expect(atlas.errors).toEqual([]);
  });

  it('highlights every zone of a tour scene, and frames them clear of an embedded frame’s details', async ({
    openAtlas,
  }) => {
    let atlas = await openAtlas('?tour=1&step=2', { waitFor: 'svg' });
    const { page } = atlas;
    const highlighted = () =>
      page
        .locator('svg.svg-map path.is-highlighted')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-zone-id')).sort());
    await expect
      .poll(highlighted)
      .toEqual(['high-end-industry-area', 'international-business-services-area', 'sci-tech-innovation-area']);
    await page.keyboard.press('Escape');
    await expect.poll(highlighted).toEqual([]);
    await atlas.close();

    // The SVG map frames a selection right of the details that float over an embed's left edge.
    atlas = await openAtlas('?embed=1&zone=cbd-part', { viewport: { width: 800, height: 450 }, waitFor: 'svg' });
    await expect
      .poll(() =>
        atlas.page.evaluate(() => {
          const zone = document.querySelector('svg.svg-map path[data-zone-id="cbd-part"]')!.getBoundingClientRect();
          return zone.left - document.querySelector('.sidebar')!.getBoundingClientRect().right;
        }),
      )
      .toBeGreaterThan(0);
    expect(atlas.errors).toEqual([]);
  });
});
