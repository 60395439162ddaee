import { preview } from 'vite';
import { writeFileSync } from 'node:fs';
import { launchChromium } from './scripts/lib/chromium.mjs';
const [query = '?zone=cbd-part', out = '/tmp/tour/print.pdf'] = process.argv.slice(2);
const server = await preview({ root: '/work/wt-tour', preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await launchChromium({ extraArgs: process.env.NO_WEBGL ? ['--disable-webgl', '--disable-3d-apis'] : [] });
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${base}${query}`);
  await page.waitForFunction(() => ['ready', 'svg'].includes(document.documentElement.dataset.map), null, { timeout: 120000 });
  await page.waitForTimeout(3000);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: out.replace('.pdf', '-screen.png') });
  writeFileSync(out, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  console.log('saved', out);
} finally {
  await browser.close();
  await server.close();
}
