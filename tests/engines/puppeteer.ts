import puppeteer, { type Browser, type KeyInput, type Page, type Viewport } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.mjs';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../../scripts/lib/engines.mjs';
import { DEFAULT_VIEWPORT, type Engine, type EnginePage, type Key } from './engine';

/**
 * Chromium (CDP) and Firefox ESR (WebDriver BiDi) through puppeteer-core: one browser per test file,
 * one browser context (a fresh profile in memory) per page.
 */

const KEYS: Record<Key, KeyInput> = {
  ArrowRight: 'ArrowRight',
  ArrowLeft: 'ArrowLeft',
  Enter: 'Enter',
  Escape: 'Escape',
  Backspace: 'Backspace',
  Space: 'Space',
};

/**
 * Firefox's preferences for a test run: prefer reduced motion (the atlas then jumps where it would fly,
 * as the Chromium e2e pages do), and no first-run pages or updates on a closed network.
 */
const FIREFOX_PREFS = {
  'ui.prefersReducedMotion': 1,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
};

export async function launchPuppeteer(
  name: 'chromium' | 'firefox' | 'firefox-headless',
  display?: string,
): Promise<Engine> {
  const browser: Browser =
    name === 'chromium'
      ? await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
      : await puppeteer.launch({
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath: FIREFOX_PATH,
          // With a display (Xvfb), Firefox has WebGL2 through Mesa; headless it has none.
          headless: name === 'firefox-headless',
          env: name === 'firefox' ? { ...process.env, DISPLAY: display } : { ...process.env },
          extraPrefsFirefox: FIREFOX_PREFS,
        });
  return {
    name,
    async newPage(viewport = DEFAULT_VIEWPORT) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await setViewport(page, viewport);
      if (name === 'chromium') {
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      }
      return puppeteerPage(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function puppeteerPage(page: Page, close: () => Promise<void>): EnginePage {
  return {
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    // From the page itself: over BiDi, Firefox ESR 140 sends no event for `history.replaceState`, so
    // puppeteer's own `page.url()` keeps the address the page was opened at.
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async click(selector) {
      await page.click(selector);
    },
    async clickAt(x, y, count = 1) {
      await page.mouse.click(x, y, { count });
    },
    async type(selector, text) {
      await page.type(selector, text);
    },
    async press(key) {
      await page.keyboard.press(KEYS[key]);
    },
    close,
  };
}

/**
 * Puppeteer sends BiDi's `emulation.setScreenOrientationOverride` beside the viewport; Firefox ESR 140
 * (Debian's package on some machines) does not know that command, though it sets the viewport itself.
 * Then the error is dropped once the page has the asked width and height; any other error stands.
 */
async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
    await page.waitForFunction(
      (width, height) => window.innerWidth === width && window.innerHeight === height,
      { timeout: 10_000 },
      viewport.width,
      viewport.height,
    );
  }
}
