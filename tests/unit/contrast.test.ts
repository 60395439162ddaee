import { readFileSync } from 'node:fs';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { testStyleInput } from './styleInput';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, withContrast } from '../../src/color/contrast';
import { THEME_TOKENS, type PageTokens } from '../../src/color/themes';
import { validateZones } from '../../src/data/validate.lazy';
import { buildStyle } from '../../src/map/style/style';
import { THEMES } from '../../src/map/style/theme';
import { styleSheets } from './styleSheets';

/**
 * WCAG 2.2 AA contrast in every theme, computed from the one theme table: text 4.5:1 (SC 1.4.3),
 * focus rings, controls and zone outlines 3:1 (SC 1.4.11). Zone outlines and labels are read from
 * the real map style, so what is checked is what MapLibre paints.
 */

const TEXT = 4.5;
const UI = 3;
const opaque = (color: string) => color.slice(0, 7);

/** Every background text sits on, and every colour text is drawn in. */
const TEXT_BACKGROUNDS: (keyof PageTokens)[] = [
  'bg',
  'panel',
  'panel-overlay',
  'raised',
  'hover',
  'accent-soft',
  'badge-bg',
];
const TEXT_COLORS: (keyof PageTokens)[] = ['fg', 'muted', 'accent', 'danger'];

const zoneResult = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
if (!zoneResult.ok) throw zoneResult.error;
const zones = zoneResult.value;
const input = testStyleInput(zones, 'http://x/b.geojson');

/** The colours of a paint property that is a zone-id `match` (or a plain colour). */
function paintColors(layers: LayerSpecification[], id: string, property: string): string[] {
  const layer = layers.find((l) => l.id === id) as { paint?: Record<string, unknown> } | undefined;
  return colorsOf(layer?.paint?.[property]);
}

function colorsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const match = value as unknown[];
  // ['interpolate', ['linear'], ['zoom'], z1, value1, …]: each stop's colours (outlines are written along
  // the zoom to share one WebGL program, map/style/binding.ts).
  if (match[0] === 'interpolate')
    return match
      .slice(3)
      .filter((_, i) => i % 2 === 1)
      .flatMap(colorsOf);
  // ['match', ['get', 'id'], id1, colour1, …, fallback]: every zone has its own entry, so the fallback
  // is never painted; the colours are every other entry after the first id.
  return match.slice(3, -1).filter((_, i) => i % 2 === 0) as string[];
}

describe('contrast maths', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('moves a colour only as far as needed, keeping it when it already contrasts', () => {
    expect(withContrast('#0072B2', ['#ffffff'], 4.5)).toBe('#0072B2');
    const amber = withContrast('#E69F00', ['#f3f1ec'], 3);
    expect(contrastRatio(amber, '#f3f1ec')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(amber, '#f3f1ec')).toBeLessThan(3.3);
    expect(contrastRatio(withContrast('#3d3d3d', ['#1b1e23'], 3), '#1b1e23')).toBeGreaterThanOrEqual(3);
  });
});

describe.each(Object.keys(THEME_TOKENS) as (keyof typeof THEME_TOKENS)[])('the %s theme', (name) => {
  const { page, map } = THEME_TOKENS[name];

  it.each(TEXT_COLORS)('has %s text at 4.5:1 on every panel background', (text) => {
    for (const background of TEXT_BACKGROUNDS) {
      expect(contrastRatio(page[text], opaque(page[background])), `${text} on ${background}`).toBeGreaterThanOrEqual(
        TEXT,
      );
    }
  });

  it('has a focus ring at 3:1 on every background, and accent controls at 3:1 on the page', () => {
    for (const background of TEXT_BACKGROUNDS) {
      expect(contrastRatio(page.focus, opaque(page[background])), `focus on ${background}`).toBeGreaterThanOrEqual(UI);
    }
    expect(contrastRatio(page.accent, page.bg)).toBeGreaterThanOrEqual(UI);
  });

  it('has map labels at 4.5:1 against their halo and the land', () => {
    for (const text of [map.text, map.textMuted]) {
      for (const background of [map.halo, map.land, map.districtFill]) {
        expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(TEXT);
      }
    }
  });

  it('draws zone outlines at 3:1 against the land, and zone labels at 4.5:1 against their halo', () => {
    const theme = THEMES[name];
    const { layers } = buildStyle({ ...input, theme, language: 'en' });
    for (const id of ['zones-area-line', 'zones-part-line']) {
      for (const color of paintColors(layers as LayerSpecification[], id, 'line-color')) {
        expect(contrastRatio(color, map.land), `${id} ${color}`).toBeGreaterThanOrEqual(UI);
        expect(contrastRatio(color, map.districtFill), `${id} ${color}`).toBeGreaterThanOrEqual(UI);
      }
    }
    for (const color of paintColors(layers as LayerSpecification[], 'zone-labels', 'text-color')) {
      expect(contrastRatio(color, map.halo), `label ${color}`).toBeGreaterThanOrEqual(TEXT);
    }
  });
});

/** `veil` (#rrggbbaa) laid over the opaque `below`: the colour the eye gets. */
function over(veil: string, below: string): string {
  const alpha = parseInt(veil.slice(7, 9) || 'ff', 16) / 255;
  const channel = (i: number) =>
    Math.round(parseInt(veil.slice(i, i + 2), 16) * alpha + parseInt(below.slice(i, i + 2), 16) * (1 - alpha));
  return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

describe('the gesture hint over the map', () => {
  it('has its text at 4.5:1 on the veil over any basemap colour, in every theme', () => {
    for (const [name, { page, map }] of Object.entries(THEME_TOKENS)) {
      for (const below of [map.land, map.districtFill, map.water, map.halo]) {
        const ratio = contrastRatio(page['on-scrim'], over(page.scrim, opaque(below)));
        expect(ratio, `${name}: on-scrim over ${below}`).toBeGreaterThanOrEqual(TEXT);
      }
    }
  });
});

describe('the style sheets', () => {
  it('take every text colour from the theme tokens, so the tests above check it in every theme', () => {
    // A literal text colour (`color: #b3261e`) is the same in every theme: 2.5:1 on the dark panel.
    const literal = styleSheets()
      .filter(({ file }) => !file.endsWith('themes.css'))
      .flatMap(({ file, text }) =>
        [...text.matchAll(/(?:^|[;{\s])color:\s*(#[0-9a-f]{3,8}|rgb[^;]*)/gi)].map((match) => `${file}: ${match[1]}`),
      );
    expect(literal).toEqual([]);
  });
});
