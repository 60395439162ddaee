import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { rgb } from 'd3-color';
import { withContrast } from '../../color/contrast';
import type { ZoneCollection } from '../../data/schema';
import type { ZoneMetrics } from '../../geo/metrics';
import type { Language } from '../../state/appState';
import { DEFAULT_VISIBLE_LAYERS, type Basemap, type BasemapGroup, type LayerGroup } from '../../state/layerGroups';
import { LABEL_FONTS } from '../../config';
import { applyLayerGroups, layerGroupState } from './visibility';
import { osmLayer, osmSource, OSM_SOURCE_ID } from '../onlineBasemap';
import { LIGHT_THEME, type Theme } from './theme';
import { basemapLayers } from './basemapLayers';
import { bilingualLabel } from './labels';
import { ROAD_LAYER_IDS } from './roadLayers';
import type { UserFeature } from '../../import/types';
import { USER_SOURCE, userLayers, userSource } from './userLayers';

/** Ids the map view and the tests refer to. */
export const SOURCES = { basemap: 'basemap', zones: 'zones', zoneLabels: 'zone-labels' } as const;

export const ZONE_FILL_LAYERS = ['zones-area-fill', 'zones-part-fill', 'zones-other-fill'] as const;
export const ZONE_POINT_LAYER = 'zones-point';
/** Zones drawn on another zone's outline (Shunyi's demonstration zone) are a ring, clickable on the ring. */
export const ZONE_SHARED_OUTLINE_LAYER = 'zones-shared-outline';
export const INTERACTIVE_ZONE_LAYERS = [...ZONE_FILL_LAYERS, ZONE_SHARED_OUTLINE_LAYER, ZONE_POINT_LAYER];
export const BASEMAP_LAYERS = {
  districts: ['district-fill', 'district-line', 'district-label'],
  subway: ['subway-line', 'subway-station', 'subway-station-label'],
  rail: ['rail-station', 'rail-station-label'],
  water: ['reservoir', 'river'],
  airports: ['airport', 'airport-label'],
  roads: ROAD_LAYER_IDS,
} as const satisfies Record<BasemapGroup, readonly string[]>;

/** Symbol layers whose text is the bilingual label; switching language rewrites their `text-field`. */
export const BILINGUAL_LABEL_LAYERS = [
  'district-label',
  'rail-station-label',
  'airport-label',
  'road-label',
  'zone-labels',
  'zone-point-labels',
] as const;

export interface StyleInput {
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
  basemapUrl: string;
  language: Language;
  theme?: Theme;
  /** Layer groups drawn at first; later toggles go through global state (see visibility.ts). */
  visibleLayers?: readonly LayerGroup[];
  /** `osm` adds OpenStreetMap raster tiles under the overlays; `offline` (default) fetches nothing else. */
  basemap?: Basemap;
  /** The visitor's imported features, drawn above the zones and under their labels (userLayers.ts). */
  userFeatures?: readonly UserFeature[];
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

function zoneLayers(colors: ReadonlyMap<string, string>, theme: Theme, language: Language): LayerSpecification[] {
  const color = zoneColorExpression(colors);
  const withMinimum = (source: ReadonlyMap<string, string>, backgrounds: string[], min: number) =>
    zoneColorExpression(new Map([...source].map(([id, c]) => [id, withContrast(c, backgrounds, min)])));
  // Outlines and points are what tells a zone from the land: 3:1 against it (WCAG 1.4.11), in the
  // palette's hue, darker or lighter as the theme needs. Fills keep the palette's own colours.
  const outline = withMinimum(colors, [theme.land, theme.districtFill], 3);
  // Labels are text: 4.5:1 against their halo. On a dark background they start from lighter tints.
  const labelColor = withMinimum(
    theme.name === 'dark' ? new Map([...colors].map(([id, c]) => [id, rgb(c).brighter(0.9).formatHex()])) : colors,
    [theme.halo],
    4.5,
  );
  const isArea: FilterSpecification = ['==', ['get', 'kind'], 'ftz-area'];
  const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
  const hasParent: FilterSpecification = ['to-boolean', ['get', 'parent']];
  const sharesOutline: FilterSpecification = ['has', 'same_outline_as'];
  const isReferencePoint: FilterSpecification = ['==', ['get', 'kind'], 'reference-point'];
  // Zones inside another zone show once zoomed in, so that at first the areas take the clicks and labels.
  const topLevelOrZoomedIn: FilterSpecification = ['any', ['!', hasParent], ['>=', ['zoom'], 10]];
  const src = SOURCES.zones;
  return [
    {
      // Zones outside the FTZ hierarchy (a demonstration zone, an airport economic zone): drawn under the
      // FTZ areas, so where they overlap a click picks the FTZ area.
      id: 'zones-other-fill',
      type: 'fill',
      source: src,
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon, ['!', hasParent]],
      paint: { 'fill-color': color, 'fill-opacity': hoverOrSelected(0.3, 0.4, 0.12) },
    },
    {
      id: 'zones-area-fill',
      type: 'fill',
      source: src,
      filter: ['all', isArea, isPolygon],
      paint: { 'fill-color': color, 'fill-opacity': hoverOrSelected(0.4, 0.5, 0.22) },
    },
    {
      id: 'zones-part-fill',
      type: 'fill',
      source: src,
      minzoom: 10,
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon, hasParent],
      paint: { 'fill-color': color, 'fill-opacity': hoverOrSelected(0.35, 0.45, 0.1) },
    },
    {
      id: 'zones-area-line',
      type: 'line',
      source: src,
      filter: ['all', isArea, isPolygon],
      paint: { 'line-color': outline, 'line-width': hoverOrSelected(3, 3.5, 2) },
    },
    {
      id: 'zones-part-line',
      type: 'line',
      source: src,
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon],
      paint: {
        'line-color': outline,
        'line-width': hoverOrSelected(2.5, 3, 1.2),
        'line-dasharray': [2, 1.5],
      },
    },
    {
      // A ring just outside the outline it shares, so both zones stay visible and clickable.
      id: ZONE_SHARED_OUTLINE_LAYER,
      type: 'line',
      source: src,
      filter: ['all', sharesOutline, isPolygon],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': outline,
        'line-width': hoverOrSelected(5, 6, 4),
        'line-offset': -3,
        'line-opacity': 0.85,
      },
    },
    {
      id: ZONE_POINT_LAYER,
      type: 'circle',
      source: src,
      filter: ['all', ['==', ['geometry-type'], 'Point'], topLevelOrZoomedIn],
      paint: {
        'circle-color': outline,
        'circle-radius': hoverOrSelected(9, 10, 7),
        'circle-stroke-color': theme.halo,
        'circle-stroke-width': 2,
      },
    },
    // Below the zone labels, so that where they collide the FTZ area and part names win.
    {
      id: 'zone-point-labels',
      type: 'symbol',
      source: SOURCES.zoneLabels,
      filter: ['all', isReferencePoint, topLevelOrZoomedIn],
      layout: {
        'text-font': LABEL_FONTS,
        'text-field': bilingualLabel(language),
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 13, 13],
        'text-max-width': 10,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 2 },
    },
    {
      id: 'zone-labels',
      type: 'symbol',
      source: SOURCES.zoneLabels,
      // Areas are labelled while the whole zone fits the screen, parts once zoomed in; zones outside
      // the hierarchy always. Points of reference have their own label layer.
      filter: [
        'all',
        ['!', isReferencePoint],
        [
          'case',
          ['==', ['get', 'kind'], 'ftz-area'],
          ['<', ['zoom'], 10.5],
          ['to-boolean', ['get', 'parent']],
          ['>=', ['zoom'], 10.5],
          true,
        ],
      ],
      layout: {
        'text-font': LABEL_FONTS,
        'text-field': bilingualLabel(language),
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 13, 15],
        'text-max-width': 12,
        'text-variable-anchor': ['center', 'top', 'bottom'],
      },
      paint: { 'text-color': labelColor, 'text-halo-color': theme.halo, 'text-halo-width': 2 },
    },
  ];
}

/** The label points of the zones, as their own source: one label per zone, not per polygon piece. */
export function zoneLabelCollection(zones: ZoneCollection, metrics: ReadonlyMap<string, ZoneMetrics>) {
  return {
    type: 'FeatureCollection' as const,
    features: zones.features.map((f) => ({
      type: 'Feature' as const,
      properties: {
        id: f.properties.id,
        kind: f.properties.kind,
        name_en: f.properties.name_en,
        name_zh: f.properties.name_zh,
        parent: f.properties.parent,
      },
      geometry: { type: 'Point' as const, coordinates: metrics.get(f.properties.id)!.labelPoint },
    })),
  };
}

/**
 * The whole map as one style document: bundled basemap, zones and labels. Pure, so it is unit-tested
 * and validated against the style specification without a browser.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const theme = input.theme ?? LIGHT_THEME;
  const layers = [
    ...basemapLayers(SOURCES.basemap, theme, input.language),
    ...zoneLayers(input.colors, theme, input.language),
  ];
  layers.splice(
    layers.findIndex((l) => l.id === 'zone-point-labels'),
    0,
    ...userLayers(theme, input.userFeatures?.length ?? 0),
  );
  if (input.basemap === 'osm') {
    // Over the bundled land and water, under district lines, transport and zones.
    layers.splice(
      layers.findIndex((l) => l.id === 'district-line'),
      0,
      osmLayer(theme),
    );
  }
  return {
    version: 8,
    name: 'Beijing FTZ Atlas',
    state: layerGroupState(input.visibleLayers ?? DEFAULT_VISIBLE_LAYERS),
    sources: {
      ...(input.basemap === 'osm' ? { [OSM_SOURCE_ID]: osmSource } : {}),
      // Credits are not set on the sources: they follow the language, and a changed source attribution
      // would make MapLibre reload the source (see attribution.ts).
      [SOURCES.basemap]: { type: 'geojson', data: input.basemapUrl },
      [SOURCES.zones]: {
        type: 'geojson',
        data: input.zones as unknown as GeoJSON.FeatureCollection,
        promoteId: 'id',
      },
      [SOURCES.zoneLabels]: { type: 'geojson', data: zoneLabelCollection(input.zones, input.metrics) },
      [USER_SOURCE]: userSource(input.userFeatures ?? []),
    },
    layers: applyLayerGroups(layers, BASEMAP_LAYERS, [SOURCES.zones, SOURCES.zoneLabels]),
  };
}
