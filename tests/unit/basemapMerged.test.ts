import { readFileSync } from 'node:fs';
import {
  expression,
  featureFilter,
  latest,
  type FilterSpecification,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { bundledStyleInput } from './styleInput';
import { describe, expect, it } from 'vitest';
import { SUBWAY_MUTED } from '../../src/map/style/basemapLine';
import { ROAD_COLORS } from '../../src/map/style/roadLayers';
import { BASEMAP_FEATURE_GROUPS, buildStyle } from '../../src/map/style/style';
import { THEMES, type Theme } from '../../src/map/style/theme';
import { BASEMAP_GROUPS, LAYER_GROUPS } from '../../src/state/layerGroups';

/**
 * Issue 23 part 2: basemap layers that differed only by filter and paint are one layer each
 * (`basemap-fill`, `basemap-line`, `basemap-label`). Read as MapLibre reads them, per feature and zoom,
 * against what the former layers drew: the same features at the same zooms, the same widths, colours
 * and order, and each feature still under its group's switch.
 */
const input = bundledStyleInput();
const basemap = JSON.parse(readFileSync('data/basemap/beijing.geojson', 'utf8')) as GeoJSON.FeatureCollection;
type Props = Record<string, unknown>;
const sample = (test: (p: Props) => boolean): Props =>
  basemap.features.find((f) => test(f.properties ?? {}))!.properties!;
const kind = (layer: string, more: (p: Props) => boolean = () => true) =>
  sample((p) => p['layer'] === layer && more(p));
const LINES = {
  river: kind('river'),
  minor: kind('road', (p) => p['class'] === 'primary'),
  expressway: kind('road', (p) => p['class'] === 'expressway'),
  ring: kind('road', (p) => p['class'] === 'ring'),
  subway: kind('subway-line', (p) => !!p['colour']),
};
const LABELS = {
  district: kind('district-label'),
  rail: kind('rail-station', (p) => p['rank'] === 1),
  railSmall: kind('rail-station', (p) => p['rank'] !== 1),
  airport: kind('airport'),
};

const styleFor = (theme: Theme = THEMES.light) => buildStyle({ ...input, theme });
const layerOf = (id: string, theme?: Theme) => styleFor(theme).layers.find((l) => l.id === id) as LayerSpecification;
const switches = (off: readonly string[] = []) =>
  Object.fromEntries(LAYER_GROUPS.map((group) => [`show-${group}`, !off.includes(group)]));

/** Whether layer `id` draws a feature at a zoom, with the groups `off` switched off. */
function draws(id: string, properties: Props, zoom: number, off: readonly string[] = []): boolean {
  const layer = layerOf(id) as { filter: FilterSpecification; minzoom?: number; maxzoom?: number };
  if (zoom < (layer.minzoom ?? 0) || zoom >= (layer.maxzoom ?? 24)) return false;
  const test = featureFilter(layer.filter, `layers.${id}.filter`, switches(off));
  return test.filter({ zoom }, { type: 1, properties } as never);
}

/** A paint or layout value of a layer for one feature at a zoom, as MapLibre computes it. */
function valueOf(layer: LayerSpecification, group: 'paint' | 'layout', name: string, zoom: number, properties: Props) {
  const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
  const value = (layer as unknown as Record<string, Record<string, unknown>>)[group]![name];
  const compiled = expression.createExpression(value, name, specs[`${group}_${layer.type}`]![name]);
  if (compiled.result !== 'success') throw new Error(compiled.value.map((e) => e.message).join('; '));
  return compiled.value.evaluate({ zoom }, { type: 2, properties } as never) as unknown;
}
const hex = (color: unknown) => {
  const { r, g, b } = color as { r: number; g: number; b: number };
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
};

describe('the merged basemap layers', () => {
  it('replace ten layers by three: 22 layers in all, none of the old ids', () => {
    const ids = styleFor().layers.map((l) => l.id);
    expect(ids).toHaveLength(22);
    expect(ids).toEqual(expect.arrayContaining(['basemap-fill', 'basemap-line', 'basemap-label']));
    for (const old of ['district-fill', 'reservoir', 'river', 'road-ring', 'subway-line', 'airport-label']) {
      expect(ids).not.toContain(old);
    }
  });

  it('draw each kind of feature only while its own group’s switch is on', () => {
    const cases: [string, Props, number][] = [
      ['basemap-fill', kind('district'), 10],
      ['basemap-fill', kind('reservoir'), 10],
      ...Object.values(LINES).map((p): [string, Props, number] => ['basemap-line', p, 12]),
      ...[LABELS.district, LABELS.rail, LABELS.airport].map((p): [string, Props, number] => ['basemap-label', p, 10]),
    ];
    for (const [id, properties, zoom] of cases) {
      const group = BASEMAP_FEATURE_GROUPS[properties['layer'] as keyof typeof BASEMAP_FEATURE_GROUPS];
      const others = BASEMAP_GROUPS.filter((g) => g !== group);
      expect(draws(id, properties, zoom), `${id} ${String(properties['layer'])}`).toBe(true);
      expect(draws(id, properties, zoom, [group])).toBe(false);
      expect(draws(id, properties, zoom, others)).toBe(true);
    }
  });

  it('show each line class from the zoom its own layer did', () => {
    const from = { river: 0, subway: 0, ring: 7, expressway: 9, minor: 11 };
    for (const [name, properties] of Object.entries(LINES)) {
      const zoom = from[name as keyof typeof from];
      if (zoom > 0) expect(draws('basemap-line', properties, zoom - 1), name).toBe(false);
      expect(draws('basemap-line', properties, Math.max(zoom, 6)), name).toBe(true);
    }
  });

  it('label districts below zoom 12, main stations from 9, the others from 11, airports always', () => {
    expect([11, 12].map((z) => draws('basemap-label', LABELS.district, z))).toEqual([true, false]);
    expect([8, 9].map((z) => draws('basemap-label', LABELS.rail, z))).toEqual([false, true]);
    expect([10, 11].map((z) => draws('basemap-label', LABELS.railSmall, z))).toEqual([false, true]);
    expect(draws('basemap-label', LABELS.airport, 7)).toBe(true);
  });

  it('keep the former layers’ order by sort keys', () => {
    const key = (id: string, name: string, p: Props) => valueOf(layerOf(id), 'layout', name, 12, p) as number;
    const lines = ['river', 'minor', 'expressway', 'ring', 'subway'] as const;
    const lineKeys = lines.map((c) => key('basemap-line', 'line-sort-key', LINES[c]));
    expect([...lineKeys].sort((a, b) => a - b)).toEqual(lineKeys);
    expect(new Set(lineKeys).size).toBe(lines.length);
    expect(key('basemap-fill', 'fill-sort-key', kind('reservoir'))).toBeGreaterThan(
      key('basemap-fill', 'fill-sort-key', kind('district')),
    );
    // The lower key is placed first and wins a collision: airports, then stations, then districts.
    const labelKey = (p: Props) => key('basemap-label', 'symbol-sort-key', p);
    expect(labelKey(LABELS.airport)).toBeLessThan(labelKey(LABELS.rail));
    expect(labelKey(LABELS.rail)).toBeLessThan(labelKey(LABELS.district));
  });

  for (const theme of Object.values(THEMES)) {
    it(`${theme.name}: keep every line's width at every zoom`, () => {
      const boost = theme.name === 'projector' ? 1.4 : 1;
      const linear = (stops: number[][]) => (z: number) => {
        const i = stops.findIndex(([s]) => s! >= z);
        if (i <= 0) return stops[i === 0 ? 0 : stops.length - 1]![1]!;
        const [z0, w0] = stops[i - 1] as [number, number];
        const [z1, w1] = stops[i] as [number, number];
        return w0 + ((w1 - w0) * (z - z0)) / (z1 - z0);
      };
      const road = (s: number) =>
        linear([
          [8, 0.6 * s],
          [11, 1.4 * s],
          [14, 3.2 * s],
        ]);
      const former = {
        river: linear([
          [7, 1],
          [12, 3],
        ]),
        minor: road(0.8 * boost),
        expressway: road(1.1 * boost),
        ring: road(1.6 * boost),
        subway: linear([
          [8, 0.8],
          [12, 2.5],
          [15, 4],
        ]),
      };
      const layer = layerOf('basemap-line', theme);
      for (let zoom = 6; zoom <= 16; zoom += 0.25) {
        for (const [name, properties] of Object.entries(LINES)) {
          const width = valueOf(layer, 'paint', 'line-width', zoom, properties) as number;
          expect(width, `${name} at ${zoom}`).toBeCloseTo(former[name as keyof typeof former](zoom), 9);
        }
      }
    });

    it(`${theme.name}: mute the rings and the subway at zoom 10, full colours at 12, the rest unchanged`, () => {
      const layer = layerOf('basemap-line', theme);
      const road = ROAD_COLORS[theme.name];
      const color = (zoom: number, p: Props) => hex(valueOf(layer, 'paint', 'line-color', zoom, p));
      const opacity = (zoom: number, p: Props) => valueOf(layer, 'paint', 'line-opacity', zoom, p);
      expect(color(10, LINES.ring)).toBe(road.mutedRing);
      expect(color(12, LINES.ring)).toBe(road.ring);
      expect(color(10, LINES.subway)).toBe(SUBWAY_MUTED[theme.name]);
      expect(color(12, LINES.subway)).toBe(String(LINES.subway['colour']).toLowerCase());
      expect([opacity(10, LINES.subway), opacity(12, LINES.subway)]).toEqual([0.6, 0.85]);
      for (const zoom of [10, 12]) {
        expect(color(zoom, LINES.river)).toBe(theme.water);
        expect(color(zoom, LINES.minor)).toBe(road.minor);
        expect(color(zoom, LINES.expressway)).toBe(road.expressway);
        expect(opacity(zoom, LINES.ring)).toBe(1);
      }
    });

    it(`${theme.name}: label districts, stations and airports as their own layers did`, () => {
      const layer = layerOf('basemap-label', theme);
      const at = (group: 'paint' | 'layout', name: string, zoom: number, p: Props) =>
        valueOf(layer, group, name, zoom, p);
      expect([7, 9, 11].map((z) => at('layout', 'text-size', z, LABELS.district))).toEqual([11, 13, 15]);
      expect([7, 11].map((z) => at('layout', 'text-size', z, LABELS.rail))).toEqual([11, 11]);
      expect(at('layout', 'text-size', 9, LABELS.airport)).toBe(12);
      expect(at('layout', 'text-offset', 9, LABELS.rail)).toEqual([0, 0.9]);
      expect(at('layout', 'text-offset', 9, LABELS.airport)).toEqual([0, 1.1]);
      expect(at('layout', 'text-anchor', 9, LABELS.district)).toBe('center');
      expect(at('layout', 'text-anchor', 9, LABELS.airport)).toBe('top');
      expect(hex(at('paint', 'text-color', 9, LABELS.district))).toBe(theme.textMuted);
      expect(hex(at('paint', 'text-color', 9, LABELS.airport))).toBe(theme.text);
    });
  }

  it('colour every label per feature, so all label layers share one WebGL program', () => {
    const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
    const symbols = styleFor().layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThanOrEqual(5);
    for (const layer of symbols) {
      const paint = layer.paint as Record<string, unknown>;
      const kindOf = (name: string) => {
        const parsed = expression.createPropertyExpression(paint[name], name, specs['paint_symbol']![name]!);
        return parsed.result === 'success' ? parsed.value.kind : 'error';
      };
      expect(kindOf('text-color'), layer.id).toBe('source');
      expect(kindOf('text-halo-color'), layer.id).toBe('constant');
    }
  });
});
