/**
 * `value` rounded to `decimals` places, half away from zero as people round, and never -0 (which
 * would print as "-0" in a link or a label).
 */
export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
