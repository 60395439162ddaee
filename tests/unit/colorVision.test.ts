import { lab, rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { colorScale, type ColorKey } from '../../src/color/palette';

/**
 * The zone palette under the three common colour-vision deficiencies. Simulation: Machado, Oliveira
 * and Fernandes (2009), "A Physiologically-based Model for Simulation of Color Vision Deficiency",
 * IEEE TVCG 15(6), severity 1.0 matrices (dichromacy, the hardest case), applied to linear sRGB.
 * Distance: CIE ΔE*ab (1976) in CIELAB (D65).
 *
 * Measured (Okabe–Ito, full strength as in outlines and legend swatches): the closest pair is 15.8
 * (tritanopia: sci-tech area ~ high-end industry area); no pair collides. Fills are translucent, which
 * brings any two closer, so zones are also told apart by their outline, dashes for parts, and direct
 * labels on the map (docs/decisions.md, "Colour vision").
 *
 * Threshold: ΔE*ab ≥ 12. About 2.3 is a just-noticeable difference for large patches side by side;
 * map fills are small, translucent and seen apart, and cartographic guidance for categorical colours
 * asks for several times that. 12 is about five JNDs. Pairs below it that still meet must be told
 * apart by something other than colour: see COLLISIONS.
 */

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];
const MACHADO_2009: Record<string, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const MIN_DELTA_E = 12;

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};

/** How `color` looks to a person with the deficiency `matrix` simulates. */
export function simulate(color: string, matrix: Matrix): string {
  const { r, g, b } = rgb(color);
  const linear = [toLinear(r), toLinear(g), toLinear(b)];
  const [R, G, B] = matrix.map((row) => row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!);
  return rgb(toSrgb(R!), toSrgb(G!), toSrgb(B!)).formatHex();
}

const deltaE = (a: string, b: string) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
};

/**
 * Pairs of zone colours that fall under the threshold for a deficiency, each with what tells them
 * apart besides colour. Kept short and explicit: a new collision fails the test until it is listed here
 * with its remedy (and the remedy exists on the map).
 */
const COLLISIONS: Record<string, string> = {};

const keys = colorScale.domain() as ColorKey[];
const pairs = keys.flatMap((a, i) => keys.slice(i + 1).map((b) => [a, b] as const));

describe('the zone palette with colour-vision deficiencies', () => {
  it('is distinct for normal vision', () => {
    for (const [a, b] of pairs) expect(deltaE(colorScale(a), colorScale(b)), `${a} ~ ${b}`).toBeGreaterThan(20);
  });

  it('simulates the reference colours as the Machado model predicts', () => {
    // Pure red is seen by a protanope as a dark olive: red and green alike, no blue, dark.
    const { r, g, b } = rgb(simulate('#ff0000', MACHADO_2009.protanopia!));
    expect(Math.abs(r - g)).toBeLessThan(20);
    expect(b).toBeLessThan(10);
    expect(r).toBeLessThan(128);
    // Greys are unchanged by every deficiency (the matrices' rows sum to 1).
    for (const matrix of Object.values(MACHADO_2009)) expect(simulate('#777777', matrix)).toBe('#777777');
  });

  it.each(Object.keys(MACHADO_2009))('keeps every two kinds apart with %s, or names the remedy', (deficiency) => {
    const matrix = MACHADO_2009[deficiency]!;
    const report = pairs.map(([a, b]) => ({
      pair: `${deficiency}: ${a} ~ ${b}`,
      distance: deltaE(simulate(colorScale(a), matrix), simulate(colorScale(b), matrix)),
    }));
    const colliding = report.filter((r) => r.distance < MIN_DELTA_E).map((r) => r.pair);
    expect(colliding.filter((pair) => !(pair in COLLISIONS))).toEqual([]);
  });
});
