// Where the three browser engines of the test suite live on a Debian machine, and what provides them.
// Shared by scripts/test/provision.mjs (installs what is missing) and tests/engines (drives them).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const XVFB_PATH = '/usr/bin/Xvfb';
export const XAUTH_PATH = '/usr/bin/xauth';

/**
 * WebKitGTK's MiniBrowser (the browser WebKitWebDriver drives), e.g.
 * /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser: the folder is named after the architecture.
 * @returns {string | null}
 */
export function findMiniBrowser() {
  const triplets = existsSync('/usr/lib') ? readdirSync('/usr/lib') : [];
  for (const triplet of triplets) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = join('/usr/lib', triplet, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return null;
}

/** Whether fontconfig knows a Noto Sans CJK face (the map and the UI's Chinese). */
export function hasCjkFonts() {
  try {
    return /Noto Sans CJK/i.test(execFileSync('fc-list', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

/**
 * What the tests need, each with the Debian package that provides it. `present()` looks on this
 * machine; the order is the order of the install command.
 * @type {{ id: string; what: string; pkg: string; present(): boolean }[]}
 */
export const REQUIREMENTS = [
  { id: 'chromium', what: CHROMIUM_PATH, pkg: 'chromium', present: () => existsSync(CHROMIUM_PATH) },
  { id: 'firefox', what: FIREFOX_PATH, pkg: 'firefox-esr', present: () => existsSync(FIREFOX_PATH) },
  {
    id: 'webkit-driver',
    what: WEBKIT_DRIVER_PATH,
    pkg: 'webkit2gtk-driver',
    present: () => existsSync(WEBKIT_DRIVER_PATH),
  },
  // MiniBrowser comes with the WebKitGTK library that webkit2gtk-driver depends on.
  { id: 'minibrowser', what: 'WebKitGTK MiniBrowser', pkg: 'webkit2gtk-driver', present: () => !!findMiniBrowser() },
  { id: 'xvfb', what: XVFB_PATH, pkg: 'xvfb', present: () => existsSync(XVFB_PATH) },
  { id: 'xauth', what: XAUTH_PATH, pkg: 'xauth', present: () => existsSync(XAUTH_PATH) },
  { id: 'cjk-fonts', what: 'Noto Sans CJK fonts', pkg: 'fonts-noto-cjk', present: hasCjkFonts },
];

/** The ids of the requirements missing on this machine. */
export function missingRequirements() {
  return REQUIREMENTS.filter((requirement) => !requirement.present()).map((requirement) => requirement.id);
}
