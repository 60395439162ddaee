// Takes a screenshot of the built atlas as a visitor would see it: `node scripts/screenshot.mjs
// [url-query] [out.png] [width]x[height]`. Serves dist/ itself (run `npm run build` first).
// NO_WEBGL=1 starts Chromium without WebGL, to see the SVG map as such a browser shows it.
import { preview } from 'vite';
import { launchChromium } from './lib/chromium.mjs';

const [query = '', out = 'screenshot.png', size = '1280x800'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await launchChromium({
  extraArgs: process.env.NO_WEBGL ? ['--disable-webgl', '--disable-3d-apis'] : [],
});
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(`${base}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.map !== 'loading', null, { timeout: 30000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`saved ${out} from ${base}${query}`);
} finally {
  await browser.close();
  await server.close();
}
