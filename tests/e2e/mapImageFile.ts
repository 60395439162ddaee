import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Drawing a 4K map in software GL on a shared machine takes a while: these tests get longer than most. */
export const SLOW = 240_000;

/** Waits until the export control, which loads after the map's first frame, is there. Returns the button. */
export async function waitForExportControl(page: Page): Promise<Locator> {
  const button = page.locator('[data-export-png]');
  await button.waitFor({ timeout: 60_000 });
  return button;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Clicks the export button with `choice` chosen and returns the downloaded file's name and bytes. */
export async function exportMapImage(page: Page, choice: string): Promise<{ name: string; bytes: Buffer }> {
  await page.selectOption('select[data-export-size]', choice);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.click('[data-export-png]'),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RegionStats {
  mean: [number, number, number];
  distinct: number;
  /** Which of the asked-for colours (#rrggbb) occur exactly in the region. */
  found: string[];
}

/**
 * Decodes the PNG in the page (an <img> of a blob, drawn on a canvas) and describes each region: mean
 * colour, number of distinct colours, and which of `colors` occur in it.
 */
export function regionStats(
  page: Page,
  bytes: Buffer,
  regions: Region[],
  colors: string[] = [],
): Promise<RegionStats[]> {
  return page.evaluate(
    async ({ base64, regions, colors }) => {
      const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([binary], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return regions.map(({ x, y, width, height }) => {
        const { data } = context.getImageData(x, y, width, height);
        const seen = new Set<string>();
        const sum = [0, 0, 0];
        for (let i = 0; i < data.length; i += 4) {
          const hex = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          seen.add(hex);
          sum[0]! += data[i]!;
          sum[1]! += data[i + 1]!;
          sum[2]! += data[i + 2]!;
        }
        const count = data.length / 4;
        return {
          mean: sum.map((v) => v / count) as [number, number, number],
          distinct: seen.size,
          found: colors.filter((color) => seen.has(color.toLowerCase())),
        };
      });
    },
    { base64: bytes.toString('base64'), regions, colors },
  );
}

/** The legend's colours as the page shows them (the legend panel's swatches). */
export const legendColors = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#legend [data-color]')].map((s) => s.dataset.color!));

export const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

/**
 * Regions of a 1920 × 1080 export (layout.ts, unit 1, margin 28): a patch inside the legend box's
 * top-right corner (right of the short "Legend" heading: the box's plain background), the legend's
 * column of swatches and labels, and the map in the middle of the image.
 */
export const FULL_HD_REGIONS = {
  legendCorner: { x: 1920 - 28 - 50, y: 28 + 6, width: 40, height: 20 },
  legend: { x: 1920 - 28 - 480, y: 28, width: 480, height: 260 },
  map: { x: 760, y: 340, width: 400, height: 400 },
  whole: { x: 0, y: 0, width: 1920, height: 1080 },
};

/**
 * Exports the 1920 × 1080 image in the light theme and checks what both maps' exports must show: the
 * size and name, not blank, and a plain legend box, unlike the map, holding exactly the legend's colours.
 * Returns the map region's statistics and the legend's colours for checks of one map alone.
 */
export async function expectFullHdLightExport(page: Page): Promise<{ map: RegionStats; colors: string[] }> {
  const file = await exportMapImage(page, '1920x1080');
  expect(file.name).toBe('beijing-ftz-atlas-1920x1080.png');
  expect(pngSize(file.bytes)).toEqual({ width: 1920, height: 1080 });
  const R = FULL_HD_REGIONS;
  const colors = await legendColors(page);
  const [whole, corner, legend, map] = await regionStats(
    page,
    file.bytes,
    [R.whole, R.legendCorner, R.legend, R.map],
    colors,
  );
  // Not blank: a drawn map has many colours.
  expect(whole!.distinct).toBeGreaterThan(500);
  expect(map!.distinct).toBeGreaterThan(50);
  // The legend box: the light theme's panel colour, plain, unlike the map beside it.
  expect(corner!.distinct).toBeLessThanOrEqual(4);
  expect(distance(corner!.mean, [255, 255, 255])).toBeLessThan(10);
  expect(distance(corner!.mean, map!.mean)).toBeGreaterThan(10);
  // Its swatches are the legend's colours, exactly.
  expect(legend!.found).toEqual(colors);
  return { map: map!, colors };
}
