import { readFileSync } from 'node:fs';
import {
  expression,
  latest,
  type LineLayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { bundledStyleInput } from './styleInput';
import { describe, expect, it } from 'vitest';
import { BASEMAP_MUTE_ZOOMS, SUBWAY_OPACITY, basemapColourShare } from '../../src/color/basemapMute';
import { THEME_TOKENS } from '../../src/color/themes';
import { BASEMAP_MUTE } from '../../src/map/style/roadLayers';
import { buildStyle } from '../../src/map/style/style';
import { THEMES } from '../../src/map/style/theme';

/**
 * Issue 24: the overview mutes the basemap so the zones lead; street level has the lines' own colours.
 * Read as MapLibre reads the style: each paint value evaluated at a zoom, for a real subway line.
 */
const input = bundledStyleInput();
const basemap = JSON.parse(readFileSync('data/basemap/beijing.geojson', 'utf8')) as GeoJSON.FeatureCollection;
const line = basemap.features.find((f) => f.properties?.['layer'] === 'subway-line' && f.properties['colour'])!;
const lineColour = String(line.properties!['colour']).toLowerCase();
const ring = basemap.features.find((f) => f.properties?.['layer'] === 'road' && f.properties['class'] === 'ring')!;

type Rgba = [number, number, number, number];

/**
 * The paint property `name` of the merged line layer at `zoom`, for a feature (the subway line unless
 * told), as r, g, b (0–255) and alpha.
 */
function paintAt(theme: keyof typeof THEMES, name: 'line-color' | 'line-opacity', zoom: number, of = line) {
  const id = 'basemap-line';
  const layer = buildStyle({ ...input, language: 'en', theme: THEMES[theme] }).layers.find((l) => l.id === id);
  const value = (layer as LineLayerSpecification).paint![name];
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)['paint_line']![name]!;
  const compiled = expression.createExpression(value, `layers.${id}.paint.${name}`, spec);
  if (compiled.result !== 'success') throw new Error(compiled.value.map((e) => `${e.key}: ${e.message}`).join('; '));
  const feature = { type: 'LineString', properties: of.properties ?? {} } as never;
  const out = compiled.value.evaluate({ zoom }, feature) as { r: number; g: number; b: number; a: number } | number;
  return typeof out === 'number' ? out : ([out.r * 255, out.g * 255, out.b * 255, out.a].map(Math.round) as Rgba);
}

const hex = (rgba: number[] | number) =>
  `#${(rgba as number[])
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
/** Spread of a colour's channels: 0 for a grey. */
const saturation = (rgba: number[] | number) =>
  Math.max(...(rgba as number[]).slice(0, 3)) - Math.min(...(rgba as number[]).slice(0, 3));

describe('the basemap at the overview and at street level', () => {
  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`${theme}: the subway is grey and lighter below zoom 11, in its line colours from 12`, () => {
      const overview = paintAt(theme, 'line-color', 9.5);
      // A grey, warm or cool to suit the theme (a line colour spreads its channels by 100 or more).
      expect(saturation(overview)).toBeLessThan(24);
      expect(hex(overview)).not.toBe(lineColour);
      expect(hex(paintAt(theme, 'line-color', 13))).toBe(lineColour);
      expect(paintAt(theme, 'line-opacity', 9.5)).toBeLessThan(paintAt(theme, 'line-opacity', 13) as number);
    });

    it(`${theme}: the ring roads are a paler tint at the overview than at street level`, () => {
      const overview = paintAt(theme, 'line-color', 9.5, ring);
      const street = paintAt(theme, 'line-color', 13, ring);
      expect(saturation(overview)).toBeLessThan(saturation(street));
    });
  }
});

/** `a` blended towards `b` by `share` (0–1), channel by channel, as r, g, b (0–255). */
const mix = (a: string, b: string, share: number) =>
  [1, 3, 5].map((i) =>
    Math.round(parseInt(a.slice(i, i + 2), 16) * (1 - share) + parseInt(b.slice(i, i + 2), 16) * share),
  );

describe('the muted basemap, one rule for the SVG map and MapLibre (src/color/basemapMute.ts)', () => {
  it('shares 0 of the lines’ own colours up to zoom 11, all from 12, linearly between', () => {
    expect([8, 10.9, 11, 11.25, 11.5, 12, 15].map(basemapColourShare)).toEqual([0, 0, 0, 0.25, 0.5, 1, 1]);
    expect(basemapColourShare(Number.NaN)).toBe(0);
    expect(BASEMAP_MUTE_ZOOMS).toEqual(BASEMAP_MUTE);
  });

  for (const theme of ['light', 'dark', 'projector'] as const) {
    it(`${theme}: MapLibre paints the subway and the ring roads as the shared rule and the theme's tokens say`, () => {
      const { subwayMuted, ring: ringColour, ringMuted } = THEME_TOKENS[theme].map;
      for (const zoom of [9.5, 11, 11.5, 12, 13]) {
        const share = basemapColourShare(zoom);
        const subway = paintAt(theme, 'line-color', zoom) as Rgba;
        mix(subwayMuted, lineColour, share).forEach((channel, i) => expect(subway[i]).toBeCloseTo(channel, -0.5));
        const road = paintAt(theme, 'line-color', zoom, ring) as Rgba;
        mix(ringMuted, ringColour, share).forEach((channel, i) => expect(road[i]).toBeCloseTo(channel, -0.5));
        const opacity = SUBWAY_OPACITY.muted + (SUBWAY_OPACITY.full - SUBWAY_OPACITY.muted) * share;
        expect(paintAt(theme, 'line-opacity', zoom)).toBeCloseTo(opacity, 5);
      }
    });
  }
});
