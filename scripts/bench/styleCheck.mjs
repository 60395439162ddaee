// A check of the atlas-style page (bench/atlasStyle/), not a timing: opens the atlas (dist/) and the
// page at the atlas's camera and size, and prints where their styles and drawing options differ (URLs
// compared without their origin). `npx vite build && node scripts/bench/styleCheck.mjs [variant]`.
import { launchChromium } from '../lib/chromium.mjs';
import { atlasView } from './interaction.mjs';
import { buildAtlasStyle, serveBoth } from './serve.mjs';

const variant = process.argv[2] ?? 'full';
await buildAtlasStyle();
const servers = await serveBoth(null, true);
const browser = await launchChromium();
/** The map's style (origins taken out of its URLs) and the options that bear on drawing. */
const state = (page, global) =>
  page.evaluate((name) => {
    const { map } = window[name];
    const style = JSON.parse(JSON.stringify(map.getStyle()).replaceAll(location.origin, ''));
    const canvas = map.getCanvas();
    return {
      style,
      options: {
        pixelRatio: map.getPixelRatio(),
        fadeDuration: map._fadeDuration,
        minZoom: map.getMinZoom(),
        maxZoom: map.getMaxZoom(),
        maxBounds: map.getMaxBounds()?.toArray(),
        canvas: [canvas.width, canvas.height],
        center: map.getCenter().toArray(),
        zoom: map.getZoom(),
        bearing: map.getBearing(),
      },
    };
  }, global);
try {
  const atlas = await browser.context.newPage();
  await atlas.goto(servers.atlasUrl);
  await atlas.waitForFunction(() => document.documentElement.dataset.map === 'ready', null, { timeout: 60_000 });
  const view = await atlasView(atlas);
  const page = await browser.context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const query = `center=${view.center.join(',')}&zoom=${view.zoom}&size=${view.width}x${view.height}&variant=${variant}`;
  await page.goto(`${servers.atlasStyleUrl}?${query}`);
  await page.waitForFunction(() => window.atlasStyle?.map.loaded(), null, { timeout: 60_000 });
  const [a, b] = [await state(atlas, 'atlas'), await state(page, 'atlasStyle')];
  const diffs = [];
  const compare = (path, x, y) => {
    if (JSON.stringify(x) === JSON.stringify(y)) return;
    if (x && y && typeof x === 'object' && typeof y === 'object') {
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) compare(`${path}.${key}`, x[key], y[key]);
    } else diffs.push(`${path}: atlas ${JSON.stringify(x)?.slice(0, 200)} / page ${JSON.stringify(y)?.slice(0, 200)}`);
  };
  compare('style', a.style, b.style);
  compare('options', a.options, b.options);
  console.log(diffs.length ? diffs.join('\n') : 'The same style and drawing options.');
  console.log(errors.length ? `The page's errors:\n  ${errors.join('\n  ')}` : 'No errors in the page.');
} finally {
  await browser.close();
  await servers.close();
}
