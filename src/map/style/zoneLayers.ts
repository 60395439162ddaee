import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { rgb } from 'd3-color';
import { withContrast } from '../../color/contrast';
import { LABEL_FONTS } from '../../config';
import type { Language } from '../../state/appState';
import { bilingualLabel } from './labels';
import { alongZoom, perFeature, perFeatureAlongZoom } from './binding';
import type { Theme } from './theme';

export const ZONE_FILL_LAYERS = ['zones-area-fill', 'zones-part-fill', 'zones-other-fill'] as const;
export const ZONE_POINT_LAYER = 'zones-point';
/** Zones drawn on another zone's outline (Shunyi's demonstration zone) are a ring, clickable on the ring. */
export const ZONE_SHARED_OUTLINE_LAYER = 'zones-shared-outline';

/** The sources the zone layers draw: the zones' shapes, and one label point per zone. */
export interface ZoneSources {
  zones: string;
  labels: string;
}

/** A `match` on the zone id that returns the colour the palette gives it. */
export function zoneColorExpression(colors: ReadonlyMap<string, string>): ExpressionSpecification {
  const pairs = [...colors.entries()].flat();
  return ['match', ['get', 'id'], ...pairs, '#777777'] as unknown as ExpressionSpecification;
}

// A tour scene's zones (feature-state `highlighted`, map/sync.ts) are drawn as the selection is.
const hoverOrSelected = (hovered: number, selected: number, rest: number): ExpressionSpecification => [
  'case',
  ['any', ['boolean', ['feature-state', 'selected'], false], ['boolean', ['feature-state', 'highlighted'], false]],
  selected,
  ['boolean', ['feature-state', 'hover'], false],
  hovered,
  rest,
];

const isArea: ExpressionSpecification = ['==', ['get', 'kind'], 'ftz-area'];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const hasParent: ExpressionSpecification = ['to-boolean', ['get', 'parent']];
const sharesOutline: ExpressionSpecification = ['has', 'same_outline_as'];
const isReferencePoint: ExpressionSpecification = ['==', ['get', 'kind'], 'reference-point'];
// Zones inside another zone show once zoomed in, so that at first the areas take the clicks and labels.
const topLevelOrZoomedIn: ExpressionSpecification = ['any', ['!', hasParent], ['>=', ['zoom'], 10]];

/** The three colourings of a zone: its fill, its outline and point, and its label. */
interface ZoneColors {
  fill: ExpressionSpecification;
  outline: ExpressionSpecification;
  label: ExpressionSpecification;
}

function zoneColorsFor(colors: ReadonlyMap<string, string>, theme: Theme): ZoneColors {
  const withMinimum = (source: ReadonlyMap<string, string>, backgrounds: string[], min: number) =>
    zoneColorExpression(new Map([...source].map(([id, c]) => [id, withContrast(c, backgrounds, min)])));
  // Labels are text: 4.5:1 against their halo. On a dark background they start from lighter tints.
  const labelBase =
    theme.name === 'dark' ? new Map([...colors].map(([id, c]) => [id, rgb(c).brighter(0.9).formatHex()])) : colors;
  return {
    // Fills keep the palette's own colours.
    fill: zoneColorExpression(colors),
    // Outlines and points are what tells a zone from the land: 3:1 against it (WCAG 1.4.11), in the
    // palette's hue, darker or lighter as the theme needs.
    outline: withMinimum(colors, [theme.land, theme.districtFill], 3),
    label: withMinimum(labelBase, [theme.halo], 4.5),
  };
}

/** The zones over the basemap: fills, outlines, points, then their labels. */
export function zoneLayers(
  sources: ZoneSources,
  colors: ReadonlyMap<string, string>,
  theme: Theme,
  language: Language,
): LayerSpecification[] {
  const zoneColors = zoneColorsFor(colors, theme);
  return [
    ...zoneFillLayers(sources.zones, zoneColors.fill),
    ...zoneOutlineLayers(sources.zones, zoneColors.outline),
    zonePointLayer(sources.zones, zoneColors.outline, theme),
    ...zoneLabelLayers(sources.labels, zoneColors.label, theme, language),
  ];
}

function zoneFillLayers(src: string, color: ExpressionSpecification): LayerSpecification[] {
  return [
    {
      // Zones outside the FTZ hierarchy (a demonstration zone, an airport economic zone): drawn under the
      // FTZ areas, so where they overlap a click picks the FTZ area.
      id: 'zones-other-fill',
      type: 'fill',
      source: src,
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon, ['!', hasParent]],
      paint: { 'fill-color': color, 'fill-opacity': hoverOrSelected(0.3, 0.4, 0.12), 'fill-antialias': false },
    },
    {
      id: 'zones-area-fill',
      type: 'fill',
      source: src,
      filter: ['all', isArea, isPolygon],
      paint: { 'fill-color': color, 'fill-opacity': hoverOrSelected(0.4, 0.5, 0.22), 'fill-antialias': false },
    },
    {
      id: 'zones-part-fill',
      type: 'fill',
      source: src,
      minzoom: 10,
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon, hasParent],
      paint: { 'fill-color': color, 'fill-opacity': hoverOrSelected(0.35, 0.45, 0.1), 'fill-antialias': false },
    },
  ];
}

/** The outlines, bound as the basemap's lines are (binding.ts): per feature along the zoom. */
function zoneOutlineLayers(src: string, outline: ExpressionSpecification): LayerSpecification[] {
  const color = alongZoom(outline);
  const width = (hovered: number, selected: number, rest: number) =>
    alongZoom(hoverOrSelected(hovered, selected, rest));
  return [
    {
      id: 'zones-area-line',
      type: 'line',
      source: src,
      filter: ['all', isArea, isPolygon],
      paint: { 'line-color': color, 'line-width': width(3, 3.5, 2), 'line-opacity': perFeatureAlongZoom(1) },
    },
    {
      id: 'zones-part-line',
      type: 'line',
      source: src,
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon],
      paint: { 'line-color': color, 'line-width': width(2.5, 3, 1.2), 'line-dasharray': [2, 1.5] },
    },
    {
      // A ring just outside the outline it shares, so both zones stay visible and clickable.
      id: ZONE_SHARED_OUTLINE_LAYER,
      type: 'line',
      source: src,
      filter: ['all', sharesOutline, isPolygon],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': width(5, 6, 4),
        'line-offset': -3,
        'line-opacity': perFeatureAlongZoom(0.85),
      },
    },
  ];
}

function zonePointLayer(src: string, outline: ExpressionSpecification, theme: Theme): LayerSpecification {
  return {
    id: ZONE_POINT_LAYER,
    type: 'circle',
    source: src,
    filter: ['all', ['==', ['geometry-type'], 'Point'], topLevelOrZoomedIn],
    paint: {
      'circle-color': outline,
      // Along the zoom as the basemap's stations are (binding.ts): one circle program.
      'circle-radius': alongZoom(hoverOrSelected(9, 10, 7)),
      'circle-stroke-color': theme.halo,
      'circle-stroke-width': 2,
    },
  };
}

// Areas are labelled while the whole zone fits the screen, parts once zoomed in; zones outside the
// hierarchy always. Points of reference have their own label layer.
const zoneLabelShown: FilterSpecification = [
  'all',
  ['!', isReferencePoint],
  ['case', isArea, ['<', ['zoom'], 10.5], hasParent, ['>=', ['zoom'], 10.5], true],
];

function zoneLabelLayers(
  src: string,
  labelColor: ExpressionSpecification,
  theme: Theme,
  language: Language,
): LayerSpecification[] {
  const text = { 'text-font': LABEL_FONTS, 'text-field': bilingualLabel(language) };
  const halo = { 'text-halo-color': theme.halo, 'text-halo-width': 2 };
  return [
    // Below the zone labels, so that where they collide the FTZ area and part names win.
    {
      id: 'zone-point-labels',
      type: 'symbol',
      source: src,
      filter: ['all', isReferencePoint, topLevelOrZoomedIn],
      layout: {
        ...text,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 13, 13],
        'text-max-width': 10,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: { 'text-color': perFeature(theme.text), ...halo },
    },
    {
      id: 'zone-labels',
      type: 'symbol',
      source: src,
      filter: zoneLabelShown,
      layout: {
        ...text,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 13, 15],
        'text-max-width': 12,
        'text-variable-anchor': ['center', 'top', 'bottom'],
      },
      paint: { 'text-color': labelColor, ...halo },
    },
  ];
}
