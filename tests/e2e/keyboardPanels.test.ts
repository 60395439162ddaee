import type { FileChooser, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumMissing } from './atlasPage';
import { it } from './fixture';
import { sharedAtlas } from './sharedAtlas';

/**
 * The keyboard alone, beyond accessibilityMore.test.ts's Tab walk: the charts drawer, the comparison,
 * the Share dialog, the import controls and the tour are each reached with Tab, show a visible focus
 * ring where the focus lands, and what opens over the page closes with Escape, giving the focus back.
 */

const SLOW_MACHINE_MS = 240_000;

interface Focus {
  name: string;
  /** An outline or a box shadow is drawn, and the browser treats the focus as keyboard focus. */
  ringVisible: boolean;
}

const focused = (page: Page): Promise<Focus | null> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
    return {
      name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${label}”`,
      ringVisible: ring && el.matches(':focus-visible'),
    };
  });

/** Presses Tab until the focus is on an element matching `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 150): Promise<Focus> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
      return (await focused(page))!;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The next `count` Tab stops, each with whether its focus ring shows. */
async function nextStops(page: Page, count: number): Promise<Focus[]> {
  const stops: Focus[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop) stops.push(stop);
  }
  return stops;
}

const inside = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);
const hiddenRings = (stops: Focus[]) => stops.filter((stop) => !stop.ringVisible).map((stop) => stop.name);

describe.skipIf(chromiumMissing)('the planner and presenter panels by keyboard alone', () => {
  /** One page for both walks (sharedAtlas.ts); the second opens the CBD's details first. */
  const comparing = sharedAtlas('?lang=en&compare=cbd-part,jinzhan-part', { timeout: 90_000 });

  it(
    'reaches the charts drawer, the comparison and the import controls; Escape closes the drawer',
    async () => {
      const atlas = await comparing();
      const { page } = atlas;
      await page.locator('[data-import-button]').waitFor({ timeout: 60_000 });
      // Listened to from the start, so Playwright intercepts the file dialog well before it opens.
      const choosers: FileChooser[] = [];
      page.on('filechooser', (chooser) => choosers.push(chooser));

      // The charts drawer: opened from its button, the focus at its top, its controls ringed.
      expect((await tabTo(page, '#charts-toggle')).ringVisible).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#charts').isVisible()).toBe(true);
      await expect.poll(() => inside(page, '#charts')).toBe(true);
      await page.locator('#charts figure.chart').first().waitFor();
      const drawerStops = await nextStops(page, 6);
      expect(drawerStops.length).toBe(6);
      expect(hiddenRings(drawerStops)).toEqual([]);
      expect(await inside(page, '#charts')).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#charts').isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('charts-toggle');
      expect(await page.locator('#charts-toggle').getAttribute('aria-expanded')).toBe('false');

      // The comparison: its tables scroll in focusable groups, its buttons are reachable.
      expect((await tabTo(page, '#compare [role="group"]')).ringVisible).toBe(true);
      expect((await tabTo(page, '#compare button')).ringVisible).toBe(true);
      // Escape does not throw away a comparison the visitor built (its "Clear" button does).
      await page.keyboard.press('Escape');
      expect(await page.locator('#compare').isVisible()).toBe(true);

      // The import: its button opens the file chooser from the keyboard; the datum choice is reachable.
      await page.keyboard.press('Shift+Tab');
      expect((await tabTo(page, '[data-import-button]')).ringVisible).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => choosers.length).toBe(1);
      expect(choosers[0]!.isMultiple()).toBe(false);
      expect((await tabTo(page, '#user-datum')).ringVisible).toBe(true);
      expect(atlas.errors).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );

  it(
    'opens the Share dialog and the tour from the keyboard, keeps the focus in them, and closes them with Escape',
    async () => {
      const atlas = await comparing();
      const { page } = atlas;
      await page.evaluate(() => window.atlas!.store.update({ selectedId: 'cbd-part' }));
      await page.locator('#details').waitFor();
      await page.locator('[data-tour-start]').waitFor({ timeout: 60_000 });

      // The Share dialog is modal: Tab stays inside it; Escape closes it and returns to its button.
      expect((await tabTo(page, '.share-button')).ringVisible).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForSelector('dialog.share-dialog[open]');
      const dialogStops = await nextStops(page, 12);
      expect(hiddenRings(dialogStops)).toEqual([]);
      expect(await inside(page, 'dialog.share-dialog')).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('dialog.share-dialog').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('share-button'))).toBe(true);
      // The details behind it stayed open: Escape was the dialog's.
      expect(await page.locator('#details').isVisible()).toBe(true);

      // The tour: started from its button, the focus in its caption box; Escape ends it.
      expect((await tabTo(page, '[data-tour-start]')).ringVisible).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#tour .tour-count').textContent()).toBe('Step 1 of 8');
      await expect.poll(() => inside(page, '#tour')).toBe(true);
      expect((await focused(page))!.ringVisible).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#tour .tour-count').textContent()).toBe('Step 2 of 8');
      // Next, then Close: both ringed, both in the caption box.
      const tourStops = await nextStops(page, 1);
      expect(hiddenRings(tourStops)).toEqual([]);
      expect(await inside(page, '#tour')).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#tour').isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-tour-start'))).toBe(true);
      expect(atlas.errors).toEqual([]);
    },
    SLOW_MACHINE_MS,
  );
});
