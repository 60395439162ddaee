import { readFileSync } from 'node:fs';
import turfDistance from '@turf/distance';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumMissing, waitForSettledCamera } from './atlasPage';
import { it } from './fixture';
import { seriousViolations } from './axe';
import { sharedAtlas } from './sharedAtlas';

type Station = { name_zh: string; coordinates: [number, number] };
const stations = (JSON.parse(readFileSync('data/landmarks.json', 'utf8')) as { stations: Station[] }).stations;
const station = (name: string) => stations.find((s) => s.name_zh === name)!.coordinates;

/** Where a person would click on the page for a ground point. */
async function pagePointOf(page: Page, lngLat: [number, number]) {
  const point = await page.evaluate((p) => window.atlas!.map.project(p), lngLat);
  const box = await page.locator('#map canvas').boundingBox();
  return { x: box!.x + point.x, y: box!.y + point.y };
}

/** The number in the measure box's total ("Distance: 3.45 km" → 3.45), or null. */
const shownTotal = async (page: Page) => {
  const text = await page.locator('[data-measure-total]').innerText();
  const match = /([\d.,]+)\s*km/.exec(text);
  return match ? Number(match[1]!.replace(/,/g, '')) : null;
};

const overlayFeatures = (page: Page) =>
  page.evaluate(() => window.atlas!.map.queryRenderedFeatures({ layers: ['planner-overlay-fill'] }).length);
const compareRows = (page: Page) =>
  page
    .locator('#compare table[data-table="metrics"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-zone-id')));

describe.skipIf(chromiumMissing)('planner tools', () => {
  /**
   * Pages shared by the tests that start from the same link (sharedAtlas.ts). Each of those tests ends
   * with its tool put away (the measurement cleared, the overlay removed) or is the last on its page:
   * a tool's state is the page's, not the store's, so the put-back does not reset it.
   */
  const closeIn = sharedAtlas('?center=116.44,39.935&zoom=13');
  const cbdOpen = sharedAtlas('?zone=cbd-part');

  it('measures the distance between two subway stations within 1%', async () => {
    // Jianguomen to Sanyuanqiao, about 6 km apart, both on screen.
    const atlas = await closeIn();
    const { page } = atlas;
    await page.evaluate(() => window.atlas!.map.jumpTo({ center: [116.44, 39.9335], zoom: 12.5 }));
    await page.getByRole('button', { name: 'Measure distance' }).click();
    await expect.poll(() => page.locator('[data-measure-total]').isVisible()).toBe(true);
    await waitForSettledCamera(page);
    const from = station('建国门');
    const to = station('三元桥');
    const a = await pagePointOf(page, from);
    const b = await pagePointOf(page, to);
    const canvas = (await page.locator('#map canvas').boundingBox())!;
    for (const point of [a, b]) {
      expect(point.y).toBeGreaterThan(canvas.y + 60);
      expect(point.y).toBeLessThan(canvas.y + canvas.height - 40);
    }
    await page.mouse.click(a.x, a.y);
    await page.mouse.dblclick(b.x, b.y);
    await expect.poll(() => page.locator('.measure-result').getAttribute('data-finished')).toBe('true');
    const expected = turfDistance(from, to, { units: 'kilometers' });
    const shown = (await shownTotal(page))!;
    expect(Math.abs(shown / expected - 1)).toBeLessThan(0.01);
    // The clicks measured; they opened no zone, and the line is on the map.
    expect(await page.locator('#details').isVisible()).toBe(false);
    // The line's data goes to MapLibre's worker first: it is drawn a frame or two later.
    await expect
      .poll(() =>
        page.evaluate(() => window.atlas!.map.queryRenderedFeatures({ layers: ['planner-measure-line'] }).length),
      )
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear measurement' }).click();
    await expect.poll(() => page.locator('.measure-result').isVisible()).toBe(false);
    expect(atlas.errors).toEqual([]);
  });

  it('measures an area in km², undoes with Backspace, cancels with Escape', async () => {
    const atlas = await closeIn();
    const { page } = atlas;
    await page.getByRole('button', { name: 'Measure area' }).click();
    // The tool loads on first use: clicks before it listens add no point.
    await expect.poll(() => page.locator('[data-measure="area"]').getAttribute('aria-pressed')).toBe('true');
    await waitForSettledCamera(page);
    const box = (await page.locator('#map canvas').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [
      [-100, -100],
      [100, -100],
      [100, 100],
      [-100, 100],
    ]) {
      await page.mouse.click(cx + dx!, cy + dy!);
    }
    await expect.poll(() => page.locator('[data-measure-total]').innerText()).toMatch(/Area: [\d.]+ km²/);
    const withFour = await page.locator('[data-measure-total]').innerText();
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('[data-measure-live]').innerText()).toContain('3 points');
    expect(await page.locator('[data-measure-total]').innerText()).not.toBe(withFour);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.measure-result').isVisible()).toBe(false);
    await expect.poll(() => page.locator('[data-measure="area"]').getAttribute('aria-pressed')).toBe('false');
    // The map redraws on its next frame: wait for it rather than read the frame before.
    await expect
      .poll(() =>
        page.evaluate(() => window.atlas!.map.queryRenderedFeatures({ layers: ['planner-measure-vertex'] }).length),
      )
      .toBe(0);
    expect(atlas.errors).toEqual([]);
  });

  it('measures with the keyboard: arrows pan, Space adds the point under the crosshair, Enter finishes', async () => {
    const atlas = await closeIn();
    const { page } = atlas;
    await page.getByRole('button', { name: 'Measure distance' }).click();
    // The tool's code loads on this first press: keys sent before it is on would go to the map alone.
    await expect.poll(() => page.locator('[data-measure="distance"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#map canvas').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await waitForSettledCamera(page);
    await expect.poll(() => page.locator('.measure-crosshair').isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => shownTotal(page)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.measure-result').getAttribute('data-finished')).toBe('true');
    expect(await page.locator('[data-measure-live]').innerText()).toMatch(/^Measured\. Distance: [\d.]+ km, 2 points$/);
    // Escape clears the finished measurement, as Clear does.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.measure-result').isVisible()).toBe(false);
    expect(await page.locator('[data-measure-live]').innerText()).toBe('Measurement cleared');
    await expect
      .poll(() =>
        page.evaluate(() => window.atlas!.map.queryRenderedFeatures({ layers: ['planner-measure-line'] }).length),
      )
      .toBe(0);
    expect(atlas.errors).toEqual([]);
  });

  it('lays a zone over the map at true size, moves it with the arrow keys, removes it with Escape', async () => {
    const atlas = await cbdOpen();
    const { page } = atlas;
    await page.locator('[data-measure="distance"]').waitFor();
    await page.locator('#details').getByRole('button', { name: 'Lay over (true size)' }).click();
    const control = page.locator('[data-overlay]');
    await expect.poll(() => control.isVisible()).toBe(true);
    expect(await control.innerText()).toContain('Beijing CBD part (true size)');
    expect(await control.innerText()).toContain('Official area: 4.96 km²');
    await expect.poll(() => overlayFeatures(page)).toBeGreaterThan(0);
    const anchor = async () => (await control.getAttribute('data-anchor'))!.split(',').map(Number) as [number, number];
    const before = await anchor();
    // Anchored at its centroid, at the centre of the map.
    const centre = await page.evaluate((a) => window.atlas!.map.project(a), before);
    const size = await page.evaluate(() => {
      const element = window.atlas!.map.getContainer();
      return { x: element.clientWidth / 2, y: element.clientHeight / 2 };
    });
    expect(Math.abs(centre.x - size.x)).toBeLessThan(2);
    expect(Math.abs(centre.y - size.y)).toBeLessThan(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-overlay'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowUp');
    const after = await anchor();
    expect(after[1]).toBeGreaterThan(before[1]);
    expect(after[0]).toBeCloseTo(before[0], 6);
    await page.keyboard.press('Shift+ArrowLeft');
    const further = await anchor();
    // Shift moves in larger steps.
    expect(before[0] - further[0]).toBeGreaterThan((after[1] - before[1]) * 2);
    await page.keyboard.press('Escape');
    await expect.poll(() => control.count()).toBe(0);
    await expect.poll(() => overlayFeatures(page)).toBe(0);
    // The details stay open: Escape belonged to the overlay.
    expect(await page.locator('#details').isVisible()).toBe(true);
    expect(atlas.errors).toEqual([]);
  });

  it('lays a zone over even when pressed before the planner tools have loaded', async ({ openAtlas }) => {
    // The planner panel's code is held back until "Lay over" has been pressed.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    const atlas = await openAtlas('?zone=cbd-part', {
      beforeLoad: (page) =>
        page.route(/\/assets\/plannerPanel\.lazy-[^/]+\.js$/, async (route) => {
          requested = true;
          await held;
          await route.continue();
        }),
    });
    const { page } = atlas;
    await expect.poll(() => requested).toBe(true);
    const button = page.locator('#details').getByRole('button', { name: 'Lay over (true size)' });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('[data-measure="distance"]').count()).toBe(0);
    release();
    await expect.poll(() => page.locator('[data-overlay]').isVisible()).toBe(true);
    await expect.poll(() => overlayFeatures(page)).toBeGreaterThan(0);
    expect(await button.isDisabled()).toBe(false);
    expect(await button.getAttribute('aria-busy')).toBeNull();
    // And again, once removed: the button still works.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-overlay]').count()).toBe(0);
    await button.click();
    await expect.poll(() => page.locator('[data-overlay]').isVisible()).toBe(true);
    expect(atlas.errors).toEqual([]);
  });

  it('drags the overlay with the mouse', async () => {
    const atlas = await cbdOpen();
    const { page } = atlas;
    await page.locator('[data-measure="distance"]').waitFor();
    await waitForSettledCamera(page);
    await page.locator('#details').getByRole('button', { name: 'Lay over (true size)' }).click();
    const control = page.locator('[data-overlay]');
    await expect.poll(() => overlayFeatures(page)).toBeGreaterThan(0);
    const before = (await control.getAttribute('data-anchor'))!;
    const start = await page.evaluate(
      (a) => window.atlas!.map.project(a.split(',').map(Number) as [number, number]),
      before,
    );
    const box = (await page.locator('#map canvas').boundingBox())!;
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.mouse.down();
    await page.mouse.move(box.x + start.x + 120, box.y + start.y + 60, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => control.getAttribute('data-anchor')).not.toBe(before);
    const moved = await page.evaluate(
      (a) => window.atlas!.map.project(a.split(',').map(Number) as [number, number]),
      (await control.getAttribute('data-anchor'))!,
    );
    expect(moved.x - start.x).toBeCloseTo(120, -1);
    expect(moved.y - start.y).toBeCloseTo(60, -1);
    expect(atlas.errors).toEqual([]);
  });

  // The last test on its page: it leaves the area tool on.
  it('adds zones to the comparison from the zone list and from search', async () => {
    const atlas = await closeIn();
    const { page } = atlas;
    const toggle = page.locator('[data-compare-id="cbd-part"]');
    await toggle.click();
    await expect.poll(() => compareRows(page)).toEqual(['cbd-part']);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // The list keeps the focus and opens no details.
    expect(await page.locator('#details').isVisible()).toBe(false);

    await page.locator('#search-input').fill('Jinzhan');
    await expect.poll(() => page.locator('#search-compare-hint').isVisible()).toBe(true);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => compareRows(page)).toEqual(['cbd-part', 'jinzhan-part']);
    await expect.poll(() => page.locator('#search-suggestions').innerText()).toContain('in compare');

    // Shift+Enter in the list adds the active option; its switch shows it pressed.
    await page.locator('#zone-list').focus();
    const active = await page.locator('#zone-list .zone-option.is-active').getAttribute('data-zone-id');
    await page.locator('#zone-list').press('Shift+Enter');
    await expect.poll(() => compareRows(page)).toEqual(['cbd-part', 'jinzhan-part', active]);
    expect(await page.locator(`[data-compare-id="${active}"]`).getAttribute('aria-pressed')).toBe('true');
    // The row's switch takes a zone out again.
    await toggle.click();
    await expect.poll(() => compareRows(page)).toEqual(['jinzhan-part', active]);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('button', { name: 'Measure area' }).click();
    await page.locator('.measure-result').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(atlas.errors).toEqual([]);
  });
});
