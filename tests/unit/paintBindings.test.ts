import {
  expression,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { PLANNER_LAYERS } from '../../src/map/planner/plannerLayers';
import { alongZoom, PAINT_BINDINGS, perFeature, type Binding } from '../../src/map/style/binding';
import { buildStyle } from '../../src/map/style/style';
import { THEMES } from '../../src/map/style/theme';
import { bundledStyleInput } from './styleInput';
import { square } from './userFeatureFixtures';

/**
 * Issue 23: MapLibre links one WebGL program per shader and per way each paint property is bound
 * (uniform, per feature, per feature along the zoom). Every layer of a type binds them the same way
 * (src/map/style/binding.ts), so the atlas links one program per shader, whatever the theme, basemap,
 * import or planner tool. Read as MapLibre reads each property: its expression's kind.
 */
const input = bundledStyleInput();
const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
type Bound = Binding | 'uniform';

/** How MapLibre binds one paint property of `layer` (ProgramConfiguration: u_, a_ or z_). */
function bindingOf(layer: LayerSpecification, name: string): Bound {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  // An unset outline colour is the fill colour (MapLibre's fill layer copies it).
  const value = name === 'fill-outline-color' && paint[name] === undefined ? paint['fill-color'] : paint[name];
  if (value === undefined) return 'uniform';
  const parsed = expression.createPropertyExpression(value, name, specs[`paint_${layer.type}`]![name]!);
  if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
  const kind = parsed.value.kind;
  return kind === 'source' ? 'feature' : kind === 'composite' ? 'zoom' : 'uniform';
}

/** The binding key of a layer: its shader and the binding of every data-driven paint property. */
function shapeOf(layer: LayerSpecification): { shader: keyof typeof PAINT_BINDINGS; bound: Record<string, Bound> } {
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  const shader = (
    layer.type === 'line' && paint['line-dasharray'] ? 'lineDashed' : layer.type
  ) as keyof typeof PAINT_BINDINGS;
  const dataDriven = Object.entries(specs[`paint_${layer.type}`]!)
    .filter(([, spec]) => (spec as { 'property-type'?: string })['property-type'] === 'data-driven')
    .map(([name]) => name);
  return { shader, bound: Object.fromEntries(dataDriven.map((name) => [name, bindingOf(layer, name)])) };
}

const expected = (shader: keyof typeof PAINT_BINDINGS, names: string[]): Record<string, Bound> =>
  Object.fromEntries(
    names.map((name) => [name, (PAINT_BINDINGS[shader] as Record<string, Binding>)[name] ?? 'uniform']),
  );

const DRAWN = ['line', 'circle', 'fill', 'symbol'];
const features = [square('user-a', 'Plot A')];

describe('paint bindings shared by every layer of a type (one WebGL program per shader)', () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    it(`binds every line, circle, fill and label layer as PAINT_BINDINGS says (${name} theme, imports, OSM, planner)`, () => {
      const layers = [
        ...buildStyle({ ...input, theme, userFeatures: features, basemap: 'osm' }).layers,
        ...(PLANNER_LAYERS as LayerSpecification[]),
      ].filter((l) => DRAWN.includes(l.type));
      const seen = new Set<string>();
      for (const layer of layers) {
        const { shader, bound } = shapeOf(layer);
        seen.add(shader);
        expect(bound, `${layer.id} (${shader})`).toEqual(expected(shader, Object.keys(bound)));
      }
      expect([...seen].sort()).toEqual(Object.keys(PAINT_BINDINGS).sort());
    });
  }

  it('writes a constant per feature and along the zoom without changing its value', () => {
    const evaluate = (value: unknown, zoom: number, spec: string, name: string) => {
      const parsed = expression.createExpression(value, name, specs[spec]![name]);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return parsed.value.evaluate({ zoom }, { type: 2, properties: {} } as never);
    };
    for (const zoom of [0, 7.5, 12, 16.3, 24]) {
      expect(evaluate(perFeature(2.5), zoom, 'paint_line', 'line-width')).toBe(2.5);
      expect(evaluate(alongZoom(perFeature(0.85)), zoom, 'paint_line', 'line-opacity')).toBeCloseTo(0.85, 9);
      expect(evaluate(alongZoom(perFeature('#336699')), zoom, 'paint_line', 'line-color')).toEqual(
        evaluate('#336699', zoom, 'paint_line', 'line-color'),
      );
    }
  });
});
