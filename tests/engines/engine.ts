/**
 * The one surface the cross-engine journeys drive (journeys.ts): a page of Chromium, Firefox or
 * WebKitGTK, whatever drives it (puppeteer.ts: Chromium over CDP, Firefox over WebDriver BiDi;
 * webdriver.ts: WebKitWebDriver over classic WebDriver). Input is real input (the driver's pointer and
 * keys), never events made in the page; what is read is read with a script in the page.
 */

export type EngineName = 'chromium' | 'firefox' | 'firefox-headless' | 'webkit';

/** The keys the journeys press (WebDriver's key codes are in webdriver.ts). */
export type Key = 'ArrowRight' | 'ArrowLeft' | 'Enter' | 'Escape' | 'Backspace' | 'Space';

export interface EnginePage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The page's address now. */
  url(): Promise<string>;
  /**
   * Runs `fn` in the page with `args` (JSON values) and returns its (awaited, JSON) result. `fn` is sent
   * as source: it may use only its arguments and the page's globals.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** A pointer click in the middle of the first element `selector` matches. */
  click(selector: string): Promise<void>;
  /** A pointer click at a point of the viewport (CSS pixels); `count` 2 is a double click. */
  clickAt(x: number, y: number, count?: 1 | 2): Promise<void>;
  /** Types `text` into the element `selector` matches (focusing it first). */
  type(selector: string, text: string): Promise<void>;
  /** Presses and releases `key` in whatever has the focus. */
  press(key: Key): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** A page in a fresh profile (no storage from an earlier page) with a viewport of `width` × `height`. */
  newPage(viewport?: { width: number; height: number }): Promise<EnginePage>;
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/**
 * Polls `fn` in the page until it returns a truthy value, which it returns; throws with `what` and the
 * last value after `timeout` ms. Conditions, never sleeps: one evaluation per `interval`.
 */
export async function waitFor<A extends unknown[], R>(
  page: EnginePage,
  what: string,
  fn: (...args: A) => R | Promise<R>,
  args: A,
  { timeout = 30_000, interval = 100 } = {},
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      last = await page.evaluate(fn, ...args);
      if (last) return last as NonNullable<R>;
    } catch (error) {
      // A navigation can destroy the context an evaluation ran in: try again until the deadline.
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
