export interface ScaleBar {
  /** Ground length the bar stands for, a round number of metres (1, 2 or 5 × 10ⁿ). */
  metres: number;
  /** The bar's length in image pixels. */
  pixels: number;
  /** "500 m", "2 km": metre and kilometre symbols read the same in English and Chinese. */
  label: string;
}

/** The largest 1, 2 or 5 × 10ⁿ not above `value` (MapLibre's scale control rounds the same way). */
export function roundDown(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const digit = value / power;
  const nice = digit >= 5 ? 5 : digit >= 2 ? 2 : 1;
  return nice * power;
}

/**
 * The scale bar for an image: the longest round length that fits in `maxPixels` at `metresPerPixel`
 * (ground metres per image pixel). Pure, so the rounding is tested.
 */
export function scaleBar(metresPerPixel: number, maxPixels: number): ScaleBar {
  const metres = roundDown(metresPerPixel * maxPixels);
  const pixels = metres / metresPerPixel;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, pixels, label };
}
