import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BASEMAP_MUTE, ROAD_COLORS, ROAD_MINZOOM, roadWidthScales, roadWidthStops } from './roadLayers';
import { THEME_TOKENS } from '../../color/themes';
import type { Theme } from './theme';

/**
 * Every basemap line but the dashed district borders, as one layer: rivers, roads and subway lines
 * differed only by filter and paint, and each layer of its own linked its own WebGL program (issue 23).
 * The classes, bottom to top (the `line-sort-key`: where they cross, the later one draws on top).
 */
export const LINE_CLASSES = ['river', 'minor', 'expressway', 'ring', 'subway'] as const;
export type LineClass = (typeof LINE_CLASSES)[number];
type PerClass = Readonly<Record<LineClass, ExpressionSpecification | string | number>>;

export const BASEMAP_LINE_LAYER = 'basemap-line';

/**
 * The subway's grey at the overview, per theme: lighter than the zones' outlines, firm enough on a beamer.
 * From the theme tokens, which the SVG map's muted basemap reads too (color/basemapMute.ts).
 */
export const SUBWAY_MUTED: Readonly<Record<Theme['name'], string>> = {
  light: THEME_TOKENS.light.map.subwayMuted,
  dark: THEME_TOKENS.dark.map.subwayMuted,
  projector: THEME_TOKENS.projector.map.subwayMuted,
};

/** The value of a feature's class: its `layer` (river, subway line), and for a road its `class`. */
export function byLineClass(values: PerClass): ExpressionSpecification {
  return [
    'match',
    ['get', 'layer'],
    'river',
    values.river,
    'subway-line',
    values.subway,
    ['match', ['get', 'class'], 'ring', values.ring, 'expressway', values.expressway, values.minor],
  ] as ExpressionSpecification;
}

const isLayer = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];
const zoomFrom = (zoom: number): ExpressionSpecification => ['>=', ['zoom'], zoom];

/** Rivers and subway lines always; each road class from the zoom its own layer once started at. */
const lineShown: ExpressionSpecification = [
  'any',
  isLayer('river'),
  isLayer('subway-line'),
  [
    'all',
    isLayer('road'),
    [
      'match',
      ['get', 'class'],
      'ring',
      zoomFrom(ROAD_MINZOOM.ring),
      'expressway',
      zoomFrom(ROAD_MINZOOM.expressway),
      ['trunk', 'primary'],
      zoomFrom(ROAD_MINZOOM.minor),
      false,
    ],
  ],
];

/** A piecewise-linear width, held at its ends, as MapLibre's `interpolate` evaluates it. */
function widthAt(stops: readonly [number, number][], zoom: number): number {
  const next = stops.findIndex(([z]) => z >= zoom);
  if (next === 0) return stops[0]![1];
  if (next === -1) return stops[stops.length - 1]![1];
  const [z0, w0] = stops[next - 1]!;
  const [z1, w1] = stops[next]!;
  return w0 + ((w1 - w0) * (zoom - z0)) / (z1 - z0);
}

/**
 * Each class's width, with a stop at every zoom where any class had one: between two stops every
 * class is linear, so each width is the same as its own layer's at every zoom.
 */
export function lineWidthStops(theme: Theme): Record<LineClass, [number, number][]> {
  const scales = roadWidthScales(theme);
  return {
    river: [
      [7, 1],
      [12, 3],
    ],
    minor: roadWidthStops(scales.minor),
    expressway: roadWidthStops(scales.expressway),
    ring: roadWidthStops(scales.ring),
    subway: [
      [8, 0.8],
      [12, 2.5],
      [15, 4],
    ],
  };
}

function lineWidth(theme: Theme): ExpressionSpecification {
  const perClass = lineWidthStops(theme);
  const zooms = [...new Set(LINE_CLASSES.flatMap((c) => perClass[c].map(([z]) => z)))].sort((a, b) => a - b);
  const at = (zoom: number) =>
    byLineClass(Object.fromEntries(LINE_CLASSES.map((c) => [c, widthAt(perClass[c], zoom)])) as PerClass);
  return ['interpolate', ['linear'], ['zoom'], ...zooms.flatMap((zoom) => [zoom, at(zoom)])] as ExpressionSpecification;
}

/**
 * The colours, muted at the overview (roadLayers.ts BASEMAP_MUTE): a zoom curve must be the outermost
 * expression, so it is an `interpolate` on zoom whose two stops each pick the class's colour.
 */
function lineColor(theme: Theme): ExpressionSpecification {
  const road = ROAD_COLORS[theme.name];
  const common = { river: theme.water, minor: road.minor, expressway: road.expressway };
  const muted = byLineClass({ ...common, ring: road.mutedRing, subway: SUBWAY_MUTED[theme.name] });
  const full = byLineClass({ ...common, ring: road.ring, subway: ['to-color', ['get', 'colour']] });
  return ['interpolate', ['linear'], ['zoom'], BASEMAP_MUTE.mutedBelow, muted, BASEMAP_MUTE.fullFrom, full];
}

/** The subway lighter at the overview; every other line opaque. */
const lineOpacity: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  BASEMAP_MUTE.mutedBelow,
  ['match', ['get', 'layer'], 'subway-line', 0.6, 1],
  BASEMAP_MUTE.fullFrom,
  ['match', ['get', 'layer'], 'subway-line', 0.85, 1],
];

/** Rivers, roads (least important first, so rings draw on top where roads meet), then the subway. */
export function basemapLineLayer(src: string, theme: Theme): LayerSpecification {
  const isRiver = isLayer('river');
  return {
    id: BASEMAP_LINE_LAYER,
    type: 'line',
    source: src,
    filter: lineShown,
    layout: {
      // Rivers keep MapLibre's default ends and corners; roads and the subway are rounded.
      'line-join': ['case', isRiver, 'miter', 'round'],
      'line-cap': ['case', isRiver, 'butt', 'round'],
      'line-sort-key': byLineClass(Object.fromEntries(LINE_CLASSES.map((c, i) => [c, i])) as PerClass),
    },
    paint: { 'line-color': lineColor(theme), 'line-width': lineWidth(theme), 'line-opacity': lineOpacity },
  };
}
