import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMiniBrowser, WEBKIT_DRIVER_PATH } from '../../scripts/lib/engines.mjs';
import { DEFAULT_VIEWPORT, type Engine, type EnginePage, type Key } from './engine';

/**
 * WebKitGTK through its WebDriver server (WebKitWebDriver, classic W3C WebDriver over HTTP) driving
 * MiniBrowser: a client of the dozen commands the journeys need, on `fetch`. One driver process per
 * test file; one session (one MiniBrowser, whose automation profile is in memory) per page, so no
 * storage leaks from one page to the next.
 */

/** WebDriver's key codes (W3C WebDriver, "Keyboard actions"). */
const KEYS: Record<Key, string> = {
  ArrowRight: '\uE014',
  ArrowLeft: '\uE012',
  Enter: '\uE007',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Space: '\uE00D',
};

/** The key W3C WebDriver names a web element by, in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

class WebDriverError extends Error {}

function client(base: string) {
  return async <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new WebDriverError(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
}

async function untilReady(call: ReturnType<typeof client>, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      if ((await call<{ ready: boolean }>('GET', '/status')).ready) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start in 20 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A GTK settings folder that turns animations off: WebKitGTK answers `prefers-reduced-motion: reduce`
 * from GTK's `gtk-enable-animations`, and WebDriver has no other way to ask for it. The atlas then jumps
 * where it would fly, as in the other engines' runs.
 */
function reducedMotionConfig(): string {
  const home = mkdtempSync(join(tmpdir(), 'ftz-atlas-webkit-'));
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    mkdirSync(join(home, gtk));
    writeFileSync(join(home, gtk, 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n');
  }
  return home;
}

export async function launchWebKit(display: string): Promise<Engine> {
  const miniBrowser = findMiniBrowser();
  if (!miniBrowser) throw new Error('WebKitGTK MiniBrowser not found (apt-get install webkit2gtk-driver)');
  const port = await freePort();
  const config = reducedMotionConfig();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const call = client(`http://127.0.0.1:${port}`);
  await untilReady(call, driver);
  return {
    name: 'webkit',
    async newPage(viewport = DEFAULT_VIEWPORT) {
      const session = await call<{ sessionId: string }>('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            // --automation: MiniBrowser lets the driver control it, in an ephemeral (in-memory) profile.
            'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
          },
        },
      });
      const page = webDriverPage(call, `/session/${session.sessionId}`);
      await page.setViewport(viewport);
      return page;
    },
    async close() {
      driver.kill();
      await new Promise((resolve) => (driver.exitCode === null ? driver.once('exit', resolve) : resolve(null)));
      rmSync(config, { recursive: true, force: true });
    },
  };
}

function webDriverPage(
  call: ReturnType<typeof client>,
  session: string,
): EnginePage & {
  setViewport(viewport: { width: number; height: number }): Promise<void>;
} {
  const execute = <R>(script: string, args: unknown[]) => call<R>('POST', `${session}/execute/sync`, { script, args });
  const find = async (selector: string) => {
    const found = await call<Record<string, string>>('POST', `${session}/element`, {
      using: 'css selector',
      value: selector,
    });
    return `${session}/element/${found[ELEMENT]}`;
  };
  const actions = (actions: unknown[]) => call('POST', `${session}/actions`, { actions });
  const page = {
    async goto(url: string) {
      await call('POST', `${session}/url`, { url });
    },
    async reload() {
      await call('POST', `${session}/refresh`);
    },
    url: () => call<string>('GET', `${session}/url`),
    // The function's source, applied to the arguments; a promise it returns is awaited by the driver.
    evaluate: <A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A) =>
      execute<R>(`return (${fn.toString()}).apply(null, arguments);`, args),
    async click(selector: string) {
      await call('POST', `${await find(selector)}/click`);
    },
    async clickAt(x: number, y: number, count: 1 | 2 = 1) {
      const press = [
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ];
      await actions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
            ...press,
            ...(count === 2 ? press : []),
          ],
        },
      ]);
      await call('DELETE', `${session}/actions`);
    },
    async type(selector: string, text: string) {
      await call('POST', `${await find(selector)}/value`, { text });
    },
    async press(key: Key) {
      await actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: KEYS[key] },
            { type: 'keyUp', value: KEYS[key] },
          ],
        },
      ]);
      await call('DELETE', `${session}/actions`);
    },
    async close() {
      await call('DELETE', session);
    },
    /** Sizes the window so that its viewport (the window less MiniBrowser's toolbar) is `viewport`. */
    async setViewport({ width, height }: { width: number; height: number }) {
      await call('POST', `${session}/window/rect`, { width, height });
      const [innerWidth, innerHeight] = await execute<[number, number]>('return [innerWidth, innerHeight]', []);
      await call('POST', `${session}/window/rect`, { width: 2 * width - innerWidth, height: 2 * height - innerHeight });
    },
  };
  return page;
}
