// The atlas-style pages (issue 23): bench/atlasStyle/, the atlas's own opening style drawn by MapLibre
// alone, in the variants BENCH_STYLE_ONLY names. Each joins the alternating cold loads; its rows split
// the atlas's gap to the bare page into the app's share (atlas / style alone) and the style's content
// (style alone / bare page).
import { median, quantile, spread } from './report.mjs';

/**
 * `full`: the style as the atlas builds it; `no-labels`: without its symbol layers; `no-zone-labels`:
 * without the zones' labels (the basemap's kept); `latin-labels`: labels in English alone (no CJK
 * glyphs); `no-user`: without the empty imported-features source.
 */
export const STYLE_VARIANTS = ['full', 'no-labels', 'no-zone-labels', 'latin-labels', 'no-user'];

/**
 * The variants BENCH_STYLE_ONLY asks for: none when unset, empty or `0`; `full` for `1`; else a comma
 * list of variant names. Throws on an unknown name, so that a typo does not measure the wrong page.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function styleVariants(value) {
  if (!value || value === '0') return [];
  if (value === '1') return ['full'];
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !STYLE_VARIANTS.includes(name));
  if (unknown.length) throw new Error(`BENCH_STYLE_ONLY: unknown variant ${unknown.join(', ')} (${STYLE_VARIANTS})`);
  return [...new Set(names)];
}

/**
 * The ratio of each alternating pair `top[i][key] / bottom[i][key]` (loads of the same run, minutes
 * apart, so the machine's load weighs on both): "1.23× (p25–p75 1.1–1.3)", or – without pairs.
 * @param {Record<string, number | null>[]} top
 * @param {Record<string, number | null>[]} bottom
 * @param {string} key
 */
export function pairRatios(top, bottom, key) {
  const values = top
    .map((load, i) => (load[key] && bottom[i]?.[key] ? load[key] / bottom[i][key] : null))
    .filter((value) => value !== null);
  return values.length
    ? `${median(values).toFixed(2)}× (p25–p75 ${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)})`
    : '–';
}

/**
 * The table's rows of each atlas-style page: its times, its pairs with the atlas and the bare page,
 * and its WebGL programs.
 * @param {{ atlas: object[], baseline: object[], style: Record<string, object[]> }} loads
 */
export function stylePageRows(loads) {
  const pick = (list, key) => list.map((load) => load[key]).filter((value) => value !== null && value !== undefined);
  return Object.entries(loads.style).flatMap(([variant, own]) => {
    const programs = pick(own, 'programs');
    const both = (top, bottom) =>
      `zones ${pairRatios(top, bottom, 'firstZones')}; whole ${pairRatios(top, bottom, 'wholeMap')}`;
    return [
      [`Atlas style alone (${variant}): first rendered zones`, spread(pick(own, 'firstZones')), '', '', ''],
      ['  its whole map drawn', spread(pick(own, 'wholeMap')), '', '', ''],
      ['  atlas / this page, pairs median (p25–p75)', both(loads.atlas, own), '', '', ''],
      ['  this page / baseline, pairs median (p25–p75)', both(own, loads.baseline), '', '', ''],
      ...(variant !== 'full' && loads.style.full
        ? [['  full style / this page, pairs median (p25–p75)', both(loads.style.full, own), '', '', '']]
        : []),
      [
        '  its WebGL programs (min–max)',
        programs.length ? `${Math.min(...programs)}–${Math.max(...programs)}` : '–',
        '',
        '',
        '',
      ],
    ];
  });
}
