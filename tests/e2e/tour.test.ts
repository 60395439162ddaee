import { readFileSync } from 'node:fs';
import { describe, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumMissing, waitForMap } from './atlasPage';
import { seriousViolations } from './axe';
import { it, type OpenOptions } from './fixture';
import { serveHostPage } from './hostPage';
import { zonesHidden } from './inView';
import { sharedAtlas } from './sharedAtlas';

/** The guided tour: `tour=1&step=N`, the keys a presentation clicker sends, the link, the host page. */

interface Scene {
  title_en: string;
  title_zh: string;
  zones: string[];
  camera: { center: [number, number]; zoom: number };
}
const { scenes } = JSON.parse(readFileSync('data/tour.json', 'utf8')) as { scenes: Scene[] };
const scene = (step: number) => scenes[step - 1]!;

/**
 * MapLibre has drawn its first frame. (Not the zones: a scene may hide the layer they are looked for in.)
 */
const MAP_DRAWN: OpenOptions = { waitFor: 'map', timeout: 90_000 };
/** Generous: the map may be slow to start on a busy machine; a condition met early returns at once. */
const patient = { timeout: 20_000 };

const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const title = (page: Page) => page.locator('#tour h2').textContent();
const count = (page: Page) => page.locator('#tour .tour-count').textContent();

/**
 * What keeps the map from showing `step`'s scene, once stopped (empty: it shows it): its zones all in
 * view, clear of the caption and the details (the scene's camera where they fit, a fit of them where
 * they do not); a scene without zones at its camera's zoom.
 */
const sceneProblems = async (page: Page, step: number): Promise<string[]> => {
  const { zones, camera } = scene(step);
  if (zones.length > 0) return zonesHidden(page, zones);
  return page.evaluate((zoom) => {
    const map = window.atlas!.map;
    if (map.isMoving()) return ['the map is moving'];
    return Math.abs(map.getZoom() - zoom) < 1e-3 ? [] : [`zoom ${map.getZoom()}, not ${zoom}`];
  }, camera.zoom);
};

/**
 * The rows the caption's buttons take (Previous, Next, the "Save as" group; Close sits in the corner):
 * buttons whose middles lie within 10 px of each other share a row.
 */
const buttonRows = (page: Page) =>
  page.evaluate(() => {
    const middles = [...document.querySelectorAll<HTMLElement>('#tour .tour-nav button:not(.tour-close)')]
      .filter((button) => button.getClientRects().length > 0)
      .map((button) => button.getBoundingClientRect())
      .map((box) => box.top + box.height / 2)
      .sort((a, b) => a - b);
    return middles.filter((middle, i) => i === 0 || middle - middles[i - 1]! > 10).length;
  });

/** Counts the map's `move` events from now on: a flight fires dozens, a jump one. */
const countMoves = (page: Page) =>
  page.evaluate(() => {
    const win = window as unknown as { moves: number };
    win.moves = 0;
    window.atlas!.map.on('move', () => win.moves++);
  });
const moves = (page: Page) => page.evaluate(() => (window as unknown as { moves: number }).moves);

/** The README's example host page (docs/embed-example.html), on another port. */
const examplePage = readFileSync('docs/embed-example.html');
const host = serveHostPage(() => examplePage);

describe.skipIf(chromiumMissing)('the guided tour', { timeout: 240_000 }, () => {
  /**
   * A tour=1&step=2 link as loaded, shared by the tests that start there and step on (sharedAtlas.ts):
   * its state is taken once the tour's chunk has shown the scene and the camera has stopped on it.
   */
  const stepTwo = sharedAtlas('?tour=1&step=2', {
    ...MAP_DRAWN,
    settled: async (page) => {
      await expect.poll(() => title(page), patient).toBe(scene(2).title_en);
      await expect.poll(() => sceneProblems(page, 2), patient).toEqual([]);
    },
  });

  // The first test of the file: the shared page's load is a fresh one (the focus is still the page's).
  it('opens the step of a tour=1&step=2 link: its caption, its camera, its zone', async () => {
    const atlas = await stepTwo();
    const { page } = atlas;
    await expect.poll(() => title(page), patient).toBe(scene(2).title_en);
    expect(await count(page)).toBe(`Step 2 of ${scenes.length}`);
    await expect.poll(() => sceneProblems(page, 2), patient).toEqual([]);
    expect(await page.evaluate(() => window.atlas!.store.get().selectedId)).toBe(scene(2).zones[0]);
    // Every zone the scene is about is highlighted, not only the selected one.
    const highlighted = await page.evaluate(
      (ids) => ids.map((id) => window.atlas!.map.getFeatureState({ source: 'zones', id })['highlighted'] === true),
      scene(2).zones,
    );
    expect(highlighted).toEqual(scene(2).zones.map(() => true));
    expect(scene(2).zones.length).toBe(3);
    // Sources are links to web pages, as text.
    const hrefs = await page
      .locator('#tour .tour-sources a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    // The page did not take the focus on its own.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The steps and the exports ("Save as: PowerPoint | Video") share one row from 1024 px up (they
    // took three at 1280 px); a phone has two rows at the most.
    expect(await page.getByRole('group', { name: 'Save as' }).getByRole('button').allTextContents()).toEqual([
      'PowerPoint (PPTX)',
      'Video',
    ]);
    expect(await buttonRows(page)).toBe(1);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect.poll(() => buttonRows(page)).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => buttonRows(page)).toBeLessThanOrEqual(2);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(atlas.errors).toEqual([]);
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('steps with the keys a clicker sends, and the link follows; Escape ends it', async () => {
    const atlas = await stepTwo();
    const { page } = atlas;
    const expectStep = async (step: number) => {
      await expect.poll(() => title(page), patient).toBe(scene(step).title_en);
      await expect.poll(() => urlParam(page, 'step'), patient).toBe(String(step));
      expect(urlParam(page, 'tour')).toBe('1');
    };
    await page.keyboard.press('ArrowRight');
    await expectStep(3);
    await page.keyboard.press('PageDown');
    await expectStep(4);
    await page.keyboard.press(' ');
    await expectStep(5);
    await page.keyboard.press('Shift+ ');
    await expectStep(4);
    await page.keyboard.press('ArrowLeft');
    await expectStep(3);
    await page.keyboard.press('PageUp');
    await expectStep(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#tour').isVisible(), patient).toBe(false);
    await expect.poll(() => urlParam(page, 'tour'), patient).toBeNull();
    expect(urlParam(page, 'step')).toBeNull();
    expect(atlas.errors).toEqual([]);
  });

  it('has buttons that do the same, and leaves the keys typed in the search box alone', async () => {
    const atlas = await stepTwo();
    const { page } = atlas;
    // Typing in the search box is not a tour step.
    await page.locator('#search input').fill('CBD');
    await page.locator('#search input').press('ArrowLeft');
    await page.locator('#search input').press(' ');
    expect(await title(page)).toBe(scene(2).title_en);
    await page.locator('#search input').fill('');
    await page.locator('#tour .tour-caption').click();
    // The buttons do the same.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => title(page), patient).toBe(scene(3).title_en);
    await expect.poll(() => urlParam(page, 'step'), patient).toBe('3');
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => title(page), patient).toBe(scene(2).title_en);
    await expect.poll(() => urlParam(page, 'step'), patient).toBe('2');
    await page.getByRole('button', { name: 'Close the tour' }).click();
    await expect.poll(() => urlParam(page, 'tour'), patient).toBeNull();
    expect(atlas.errors).toEqual([]);
  });

  it('starts from the Tour button, in Chinese too, and clamps a step past the end', async ({ openAtlas }) => {
    const atlas = await openAtlas('?lang=zh', MAP_DRAWN);
    const { page } = atlas;
    await page.getByRole('button', { name: '导览' }).click();
    await expect.poll(() => title(page), patient).toBe(scene(1).title_zh);
    expect(await count(page)).toBe(`第 1 步，共 ${scenes.length} 步`);
    // In Chinese too the steps and the exports share one row, the group named in Chinese.
    expect(await page.getByRole('group', { name: '另存为' }).getByRole('button').count()).toBe(2);
    expect(await buttonRows(page)).toBe(1);
    // The focus followed into the caption box, so Space presses its Next button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tour-action'))).toBe('next');
    await page.keyboard.press(' ');
    await expect.poll(() => title(page), patient).toBe(scene(2).title_zh);
    await page.evaluate(() => window.atlas!.store.update({ tourStep: 99 }));
    await expect.poll(() => urlParam(page, 'step'), patient).toBe(String(scenes.length));
    expect(await page.getByRole('button', { name: '下一步' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '关闭导览' }).click();
    await expect.poll(() => urlParam(page, 'tour'), patient).toBeNull();
    // The layers the visitor had before the tour are back.
    expect((await page.evaluate(() => window.atlas!.store.get().visibleLayers)).length).toBe(13);
    expect(atlas.errors).toEqual([]);
  });

  it('jumps to each scene’s camera when the visitor prefers reduced motion, and flies otherwise', async () => {
    // The shared page prefers reduced motion, as every test page does unless told otherwise.
    const { page } = await stepTwo();
    await countMoves(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title(page), patient).toBe(scene(3).title_en);
    await expect.poll(() => sceneProblems(page, 3), patient).toEqual([]);
    expect(await moves(page)).toBeLessThanOrEqual(3);

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    try {
      await countMoves(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => title(page), patient).toBe(scene(4).title_en);
      // Wait for the flight itself, then for its end.
      await expect.poll(() => moves(page), patient).toBeGreaterThan(5);
      await expect.poll(() => sceneProblems(page, 4), patient).toEqual([]);
    } finally {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
  });

  it('frames the scene’s zones clear of the caption, on a laptop and in a small embedded frame', async ({
    openAtlas,
  }) => {
    // Step 3's caption covers the lower left of the map, where the scene's camera put the airport area.
    const laptop = (await stepTwo()).page;
    await laptop.keyboard.press('ArrowRight');
    await expect.poll(() => title(laptop), patient).toBe(scene(3).title_en);
    await expect.poll(() => zonesHidden(laptop, scene(3).zones), patient).toEqual([]);

    // The default embed size: the details on the left, the caption a strip along the bottom.
    const atlas = await openAtlas('?embed=1&tour=1&step=2', { ...MAP_DRAWN, viewport: { width: 800, height: 450 } });
    const { page } = atlas;
    await expect.poll(() => title(page), patient).toBe(scene(2).title_en);
    await expect.poll(() => zonesHidden(page, scene(2).zones), patient).toEqual([]);
    const boxes = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON();
      return { caption: rect('#tour'), details: rect('.sidebar'), controls: rect('.maplibregl-ctrl-top-right') };
    });
    type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
    const overlap = (a: Box, b: Box) =>
      Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
      Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    // The caption keeps off the zoom buttons and the details, and the two leave most of the map free.
    expect(overlap(boxes.caption, boxes.controls)).toBe(0);
    expect(overlap(boxes.caption, boxes.details)).toBe(0);
    const covered = boxes.caption.width * boxes.caption.height + boxes.details.width * boxes.details.height;
    expect(covered / (800 * 450)).toBeLessThan(0.6);
    expect(atlas.errors).toEqual([]);
  });

  it('shows the chart of the 28 regions in the map’s place at the last step, where Space does not step back', async () => {
    const atlas = await stepTwo();
    const { page } = atlas;
    // To the step before the last, as a host page's atlas:tour-step would.
    await page.evaluate((step) => window.atlas!.store.update({ tourStep: step }), scenes.length - 1);
    await expect.poll(() => title(page), patient).toBe(scene(scenes.length - 1).title_en);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => title(page), patient).toBe(scene(scenes.length).title_en);
    // The map cannot show the 28 regions (it stops at Beijing): the chart's map of China takes its place,
    // the drawer scrolled to it (and only the drawer: the page stays where it was).
    const chart = page.locator('#chart-pilot-regions');
    await expect.poll(() => chart.isVisible(), patient).toBe(true);
    const chartTop = () =>
      chart.evaluate((figure) => {
        const header = figure.closest('.charts-drawer')!.querySelector('.charts-header')!;
        return Math.round(figure.getBoundingClientRect().top - header.getBoundingClientRect().bottom);
      });
    await expect.poll(chartTop, patient).toBeLessThan(80);
    expect(await chartTop()).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    // Next is disabled now; the focus went to the caption, not to Previous, so a clicker's Space stays.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tour-title');
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await expect.poll(() => urlParam(page, 'step'), patient).toBe(String(scenes.length));
    expect(await title(page)).toBe(scene(scenes.length).title_en);
    // The caption's button goes to the chart too.
    await page.getByRole('button', { name: 'See the 28 regions in a chart' }).click();
    await expect.poll(() => chart.isVisible(), patient).toBe(true);
    expect(await page.evaluate(() => window.atlas!.store.get().chartsOpen)).toBe(true);
    // Back a scene, the map is the map again: the tour closes the drawer it opened.
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => title(page), patient).toBe(scene(scenes.length - 1).title_en);
    expect(await page.evaluate(() => window.atlas!.store.get().chartsOpen)).toBe(false);
    expect(atlas.errors).toEqual([]);
  });

  it('passes axe on the tour view (no serious or critical problems)', async () => {
    const { page } = await stepTwo();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => title(page), patient).toBe(scene(3).title_en);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('follows atlas:tour-step from the host page, and takes the keys only once clicked into', async ({ openPage }) => {
    const atlas = await openPage(`${host.url}?atlas=${encodeURIComponent(inject('baseUrl'))}`, {
      viewport: { width: 1000, height: 800 },
    });
    const { page } = atlas;
    const frame = (await (await page.waitForSelector('iframe#atlas')).contentFrame())!;
    await waitForMap(frame, 'ready', 90_000);
    const received = () =>
      page.evaluate(
        () => (window as unknown as { received: { type: string; state?: { step: number | null } }[] }).received,
      );
    const lastStep = async () => (await received()).filter((m) => m.type === 'atlas:state').at(-1)?.state?.step;
    await expect.poll(() => received().then((list) => list.some((m) => m.type === 'atlas:ready')), patient).toBe(true);
    expect(await lastStep()).toBeNull();

    const send = (message: unknown) =>
      page.evaluate((m) => (window as unknown as { sendToAtlas(m: unknown): void }).sendToAtlas(m), message);
    await send({ type: 'atlas:tour-step', step: 4 });
    const frameTitle = () => frame.locator('#tour h2').textContent();
    await expect.poll(frameTitle, patient).toBe(scene(4).title_en);
    await expect.poll(lastStep, patient).toBe(4);
    await expect
      .poll(() => frame.evaluate(() => window.atlas!.store.get().selectedId), patient)
      .toBe(scene(4).zones[0]);

    // The deck keeps its keys: the frame did not take the focus.
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual(['ArrowRight']);
    expect(await frameTitle()).toBe(scene(4).title_en);
    // Once the viewer clicks into the frame, the clicker steps the tour.
    await frame.locator('#tour .tour-caption').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(frameTitle, patient).toBe(scene(5).title_en);
    await expect.poll(lastStep, patient).toBe(5);

    await send({ type: 'atlas:tour-step', step: 0 });
    await expect.poll(lastStep, patient).toBeNull();
    expect(await frame.locator('#tour').isVisible()).toBe(false);
    expect(atlas.errors).toEqual([]);
  });
});
