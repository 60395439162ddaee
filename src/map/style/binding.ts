import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/**
 * How paint values are written so that layers of one type share a WebGL program (issue 23).
 *
 * MapLibre links one program per shader and per binding of each paint property: a uniform (a constant,
 * or a function of the zoom alone), a per-feature attribute (an expression of the feature's data or
 * feature-state) or a per-feature attribute along the zoom (data and zoom together). Each program is a
 * compile of 40 to 90 ms on the first frame under a software renderer (SwiftShader). So every layer of
 * a type binds its data-driven properties the same way, whatever the value, as listed in PAINT_BINDINGS:
 * a constant is written per feature, a per-feature value along the zoom.
 */

/** A value the same for every feature, written as a per-feature expression (an attribute, not a uniform). */
export const perFeature = (value: string | number): ExpressionSpecification => [
  'case',
  ['==', ['geometry-type'], 'Point'],
  value,
  value,
];

/**
 * A per-feature value written as one along the zoom, constant on it: MapLibre evaluates it at the
 * tile's zoom and the next and mixes the two, here equal, so the picture is the same.
 */
export const alongZoom = (value: ExpressionSpecification): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  0,
  value,
  24,
  value,
];

/** A constant, per feature and along the zoom. */
export const perFeatureAlongZoom = (value: string | number): ExpressionSpecification => alongZoom(perFeature(value));

/** Binding of a paint property: per feature (`feature`), per feature along the zoom (`zoom`). Unlisted: uniform. */
export type Binding = 'feature' | 'zoom';

/**
 * The binding of the data-driven paint properties each layer type uses, shared by every layer of that
 * type (dashed lines and solid ones are two shaders, each with this binding). A property left out is a
 * constant or a zoom function in every layer. tests/unit/paintBindings.test.ts checks the style keeps it.
 */
export const PAINT_BINDINGS = {
  line: { 'line-color': 'zoom', 'line-width': 'zoom', 'line-opacity': 'zoom' },
  lineDashed: { 'line-color': 'zoom', 'line-width': 'zoom' },
  circle: { 'circle-color': 'feature', 'circle-radius': 'zoom' },
  fill: { 'fill-color': 'feature', 'fill-opacity': 'feature', 'fill-outline-color': 'feature' },
  symbol: { 'text-color': 'feature' },
} as const satisfies Record<string, Record<string, Binding>>;
