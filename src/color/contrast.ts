import { hcl, rgb } from 'd3-color';

/**
 * WCAG 2.2 contrast, and a way to reach it without changing a colour's identity. Text needs 4.5:1
 * against what is behind it (SC 1.4.3); lines that carry meaning, such as zone outlines and focus
 * rings, need 3:1 (SC 1.4.11). The theme test checks every pair with these functions, and the map
 * style uses `withContrast` for zone outlines and labels, so the palette's hues stay as they are.
 */

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance (WCAG 2.2, from sRGB), 0 for black to 1 for white. Alpha is ignored. */
export function relativeLuminance(color: string): number {
  const { r, g, b } = rgb(color);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * `color`, or, if it has less than `min` contrast with any of `backgrounds`, the nearest colour of
 * the same hue and chroma (CIE LCh) that has: darker on light backgrounds, lighter on dark ones.
 *
 * @example withContrast('#E69F00', ['#f3f1ec'], 3) // a darker amber
 */
export function withContrast(color: string, backgrounds: readonly string[], min: number): string {
  // The palette has a few colours for two dozen zones, and every style build (start, theme, language)
  // asks again: the search below takes up to 100 colour conversions, so each answer is kept.
  const key = `${color} ${backgrounds.join(' ')} ${min}`;
  let answer = contrasted.get(key);
  if (answer === undefined) contrasted.set(key, (answer = searchContrast(color, backgrounds, min)));
  return answer;
}

const contrasted = new Map<string, string>();

function searchContrast(color: string, backgrounds: readonly string[], min: number): string {
  const enough = (candidate: string) => backgrounds.every((background) => contrastRatio(candidate, background) >= min);
  if (enough(color)) return color;
  const darkBackground = backgrounds.reduce((sum, b) => sum + relativeLuminance(b), 0) / backgrounds.length < 0.18;
  const { h, c, l } = hcl(color);
  for (let step = 1; step <= 100; step++) {
    const candidate = hcl(h, c, darkBackground ? l + step : l - step).formatHex();
    if (enough(candidate)) return candidate;
  }
  return darkBackground ? '#ffffff' : '#000000';
}
