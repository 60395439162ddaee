import { describe, expect } from 'vitest';
import { chromiumMissing } from './atlasPage';
import { seriousViolations } from './axe';
import { it } from './fixture';

/**
 * The views accessibility.test.ts does not reach: the comparison, the embedded atlas and the phone
 * with a zone or a comparison open (axe, WCAG 2.2 AA included: no serious or critical problem, and no
 * two landmarks with one name), and the
 * keyboard: every Tab stop shows a visible focus indicator.
 */

/** On a busy two-core machine each load can take most of a minute. */
const SLOW_MACHINE_MS = 180_000;
const PATIENCE_MS = 90_000;

describe.skipIf(chromiumMissing)('accessibility of the comparison, embed and phone views', () => {
  it(
    'finds no serious problem with a comparison open, embedded, or on a phone with details or a comparison',
    async ({ openAtlas }) => {
      let atlas = await openAtlas('?compare=cbd-part,jinzhan-part,yizhuang-part&zone=cbd-part', {
        timeout: PATIENCE_MS,
      });
      await expect.poll(() => atlas.page.locator('#compare').isVisible()).toBe(true);
      expect(await seriousViolations(atlas.page)).toEqual([]);
      // Details, comparison and charts drawer all open at once: three complementary landmarks, three names.
      await atlas.page.locator('#charts-toggle').click();
      await atlas.page.locator('#chart-pilot-regions svg').waitFor({ timeout: 60_000 });
      expect(await seriousViolations(atlas.page)).toEqual([]);
      await atlas.close();

      atlas = await openAtlas('?embed=1&zone=cbd-part&theme=dark', { timeout: PATIENCE_MS });
      expect(await seriousViolations(atlas.page)).toEqual([]);
      await atlas.close();

      atlas = await openAtlas('?zone=tianzhu-comprehensive-bonded-zone&lang=zh', {
        viewport: { width: 390, height: 844 },
        timeout: PATIENCE_MS,
      });
      await expect.poll(() => atlas.page.locator('#details').isVisible()).toBe(true);
      expect(await seriousViolations(atlas.page)).toEqual([]);

      // The same phone with a comparison instead: the sheet must leave the map's buttons uncovered
      // (WCAG 2.2 target size).
      await atlas.page.evaluate(() =>
        window.atlas!.store.update({ selectedId: null, compare: ['cbd-part', 'jinzhan-part'] }),
      );
      await atlas.page.locator('#compare table').first().waitFor({ timeout: 60_000 });
      expect(await seriousViolations(atlas.page)).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );

  it(
    'shows a visible focus indicator on every Tab stop',
    async ({ openAtlas }) => {
      const { page } = await openAtlas('?zone=cbd-part', { timeout: PATIENCE_MS });
      const stops: string[] = [];
      const invisible: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none';
          const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
          return { name, visible: outline || shadow, focusVisible: el.matches(':focus-visible') };
        });
        if (stop === null) continue;
        stops.push(stop.name);
        if (!stop.visible || !stop.focusVisible) invisible.push(stop.name);
      }
      // The walk reached the header, the side panel, the details and the map's controls.
      expect(new Set(stops).size).toBeGreaterThan(10);
      expect(invisible).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );
});
