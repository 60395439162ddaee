import { describe, expect, it } from 'vitest';
import { imageFrame, metresPerPixel } from '../../src/export/frame';
import { layoutOverlays, wrapLines, type Box, type Measure, type OverlayContent } from '../../src/export/layout';
import { roundDown, scaleBar } from '../../src/export/scaleBar';
import { imageSizeOf } from '../../src/features/map-image/mapImagePanel.lazy';
import { imageFileName, plainCredit } from '../../src/features/map-image/mapImageExport.lazy';
import { mapCredits } from '../../src/map/attribution';

/** A stand-in for canvas text measurement: every character is 0.55 em wide. */
const measure: Measure = (text, size) => text.length * size * 0.55;

describe('imageFrame', () => {
  it('fits the 16:9 presets exactly: round(pixelRatio × css size) is the image size', () => {
    for (const target of [
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]) {
      for (const live of [
        { width: 928, height: 748 },
        { width: 1568, height: 1028 },
        { width: 375, height: 420 },
      ]) {
        const frame = imageFrame(target, live, 10);
        expect(frame.exact, `${target.width} from ${live.width}×${live.height}`).toBe(true);
        expect(Math.round(frame.pixelRatio * frame.cssWidth)).toBe(target.width);
        expect(Math.round(frame.pixelRatio * frame.cssHeight)).toBe(target.height);
      }
    }
  });

  it('shows the same ground: the live view contained, at about the live zoom when the css size matches', () => {
    const live = { width: 960, height: 540 };
    const frame = imageFrame({ width: 3840, height: 2160 }, live, 10);
    // A 16:9 screen: the 4K image is the same map at four times the pixels, same zoom, ratio 4.
    expect(frame.pixelRatio).toBeCloseTo(4, 6);
    expect(frame.zoom).toBeCloseTo(10, 6);
    // A taller screen: the image's width holds all of it; its height is the limit, so more shows at the sides.
    const tall = imageFrame({ width: 1920, height: 1080 }, { width: 800, height: 800 }, 11);
    const groundWidth = (css: number, zoom: number) => css / 2 ** zoom;
    expect(groundWidth(tall.cssHeight, tall.zoom)).toBeCloseTo(groundWidth(800, 11), 2);
    expect(groundWidth(tall.cssWidth, tall.zoom)).toBeGreaterThan(groundWidth(800, 11));
  });

  it('is zoom + log2(W / w) at pixel ratio 1 (the equivalent choice)', () => {
    const live = { width: 1000, height: 500 };
    const frame = imageFrame({ width: 2000, height: 1000 }, live, 9);
    const effectiveZoom = frame.zoom + Math.log2(frame.pixelRatio);
    expect(effectiveZoom).toBeCloseTo(9 + Math.log2(2000 / 1000), 6);
  });
});

describe('metresPerPixel', () => {
  it('follows Web Mercator with 512-pixel tiles', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    // Beijing, zoom 10: about 59.6 m per CSS pixel.
    expect(metresPerPixel(39.9, 10)).toBeCloseTo(58.66, 1);
  });
});

describe('scaleBar', () => {
  it('rounds down to 1, 2 or 5 × 10ⁿ', () => {
    expect([0.7, 1, 1.9, 2, 4.99, 5, 9.9, 10, 37, 1234, 9999].map(roundDown)).toEqual([
      0.5, 1, 1, 2, 2, 5, 5, 10, 20, 1000, 5000,
    ]);
    expect(roundDown(0)).toBe(0);
    expect(roundDown(Number.NaN)).toBe(0);
  });

  it('picks the longest round length that fits, in metres or kilometres', () => {
    expect(scaleBar(58.66, 220)).toMatchObject({ metres: 10_000, label: '10 km' });
    expect(scaleBar(58.66, 220).pixels).toBeCloseTo(170.5, 1);
    expect(scaleBar(1.5, 220)).toMatchObject({ metres: 200, label: '200 m' });
    expect(scaleBar(30, 220)).toMatchObject({ metres: 5000, label: '5 km' });
    // At 4K the same ground has half the metres per pixel and twice the room: the same length.
    expect(scaleBar(58.66 / 2, 440).metres).toBe(10_000);
  });
});

describe('wrapLines', () => {
  it('breaks at spaces in English and between characters in Chinese', () => {
    expect(wrapLines('one two three four', 56, 10, measure)).toEqual(['one two', 'three four']);
    const zh = wrapLines('区域轮廓：示意性质，北京自贸区地图集', 8 * 10, 10, measure);
    expect(zh.join('')).toBe('区域轮廓：示意性质，北京自贸区地图集');
    for (const line of zh) expect(measure(line, 10, 'normal')).toBeLessThanOrEqual(80);
  });
});

const content: OverlayContent = {
  title: 'Beijing FTZ Atlas',
  subtitle: 'Beijing CBD part',
  legendTitle: 'Legend',
  legend: [
    { label: 'Sci-Tech Innovation Area', color: '#0072b2' },
    { label: 'International Business Services Area', color: '#d55e00' },
    { label: 'Point of reference', color: '#333333' },
  ],
  credits: mapCredits('en', 'offline').map(plainCredit),
  metresPerPixel: 58.66,
};

const inside = (box: Box, width: number, height: number) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOverlays', () => {
  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
    [1200, 900],
  ] as const) {
    it(`keeps the four boxes inside a ${width} × ${height} image and apart`, () => {
      const layout = layoutOverlays(width, height, content, measure);
      const boxes = [layout.title, layout.legend, layout.scale, layout.credits];
      for (const box of boxes) expect(inside(box, width, height), JSON.stringify(box)).toBe(true);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} & ${j}`).toBe(false);
      }
      // Title top left, legend top right, scale bottom left, credits bottom right.
      expect(layout.title.x).toBeLessThan(width / 2);
      expect(layout.legend.x + layout.legend.width).toBeGreaterThan(width / 2);
      expect(layout.scale.y).toBeGreaterThan(height / 2);
      expect(layout.credits.y).toBeGreaterThan(height / 2);
      expect(layout.legend.rows.map((row) => row.color)).toEqual(content.legend.map((entry) => entry.color));
      for (const row of layout.legend.rows) expect(inside(row.swatch, width, height)).toBe(true);
    });
  }

  it('scales type with the image: 4K has twice the Full HD sizes', () => {
    const hd = layoutOverlays(1920, 1080, content, measure);
    // The same ground at twice the pixels: half the metres per pixel.
    const uhd = layoutOverlays(3840, 2160, { ...content, metresPerPixel: content.metresPerPixel / 2 }, measure);
    expect(uhd.unit).toBe(2 * hd.unit);
    expect(uhd.title.lines[0]!.size).toBe(2 * hd.title.lines[0]!.size);
    expect(uhd.legend.width).toBeCloseTo(2 * hd.legend.width, 6);
    expect(uhd.scale.label).toBe(hd.scale.label);
  });

  it('puts the title and the selected zone in the title box, and every credit in the credits box', () => {
    const layout = layoutOverlays(1920, 1080, content, measure);
    expect(layout.title.lines.map((line) => line.text)).toEqual(['Beijing FTZ Atlas', 'Beijing CBD part']);
    const credits = layout.credits.lines.map((line) => line.text).join(' ');
    expect(credits).toContain('OpenStreetMap contributors');
    expect(credits).toContain('DataV.GeoAtlas');
    expect(credits).not.toContain('<a');
  });

  it('places every box and line where it did before the layout was split into parts', () => {
    const layouts = [
      layoutOverlays(1920, 1080, content, measure),
      layoutOverlays(3840, 2160, content, measure),
      layoutOverlays(1200, 900, { ...content, subtitle: null }, measure),
      layoutOverlays(640, 360, { ...content, legend: [], credits: [] }, measure),
    ];
    expect(layouts).toMatchSnapshot();
  });
});

describe('the export control', () => {
  it('turns a size choice into pixels; the current size is the map times the screen ratio', () => {
    expect(imageSizeOf('1920x1080', { width: 900, height: 700 }, 2)).toEqual({ width: 1920, height: 1080 });
    expect(imageSizeOf('3840x2160', { width: 900, height: 700 }, 1)).toEqual({ width: 3840, height: 2160 });
    expect(imageSizeOf('current', { width: 900, height: 700 }, 2)).toEqual({ width: 1800, height: 1400 });
    expect(imageFileName({ width: 3840, height: 2160 })).toBe('beijing-ftz-atlas-3840x2160.png');
  });

  it('keeps link text of the credits and drops the markup', () => {
    expect(plainCredit('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors')).toBe(
      '© OpenStreetMap contributors',
    );
  });
});
