import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { ZoneCollection } from '../data/schema';
import type { ZoneMetrics } from '../geo/metrics';
import type { Language } from '../state/appState';
import { LABEL_FONTS } from '../config';

/** Ids the map view and the tests refer to. */
export const SOURCES = { basemap: 'basemap', zones: 'zones', zoneLabels: 'zone-labels' } as const;

export const ZONE_FILL_LAYERS = ['zones-area-fill', 'zones-part-fill'] as const;
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
} as const;

export interface Theme {
  land: string;
  districtFill: string;
  districtLine: string;
  water: string;
  text: string;
  textMuted: string;
  halo: string;
}

export const LIGHT_THEME: Theme = {
  land: '#f3f1ec',
  districtFill: '#ece8df',
  districtLine: '#a89f90',
  water: '#9fcbe0',
  text: '#222222',
  textMuted: '#5f5a52',
  halo: '#ffffff',
};

export interface StyleInput {
  zones: ZoneCollection;
  metrics: ReadonlyMap<string, ZoneMetrics>;
  colors: ReadonlyMap<string, string>;
  basemapUrl: string;
  language: Language;
  theme?: Theme;
}

const ATTRIBUTION = {
  basemap:
    '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (subway, rail) · Natural Earth · district boundaries: DataV.GeoAtlas, converted to WGS84',
  zones: 'Zone outlines: indicative, Beijing FTZ Atlas; figures: official publications (see each zone)',
};

const layerIs = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];

/** Both names, the selected language first and larger. */
export function bilingualLabel(language: Language): ExpressionSpecification {
  const [first, second] = language === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return [
    'format',
    ['get', first],
    {},
    ['case', ['==', ['coalesce', ['get', second], ''], ''], '', '\n'],
    {},
    ['coalesce', ['get', second], ''],
    { 'font-scale': 0.8 },
  ];
}

/** A `match` on the zone id that returns the colour the palette gives it. */
export function zoneColorExpression(colors: ReadonlyMap<string, string>): ExpressionSpecification {
  const pairs = [...colors.entries()].flat();
  return ['match', ['get', 'id'], ...pairs, '#777777'] as unknown as ExpressionSpecification;
}

const hoverOrSelected = (hovered: number, selected: number, rest: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  selected,
  ['boolean', ['feature-state', 'hover'], false],
  hovered,
  rest,
];

function basemapLayers(theme: Theme, language: Language): LayerSpecification[] {
  const src = SOURCES.basemap;
  const text = { 'text-font': LABEL_FONTS, 'text-field': bilingualLabel(language) };
  const halo = { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 1.4 };
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.land } },
    {
      id: 'district-fill',
      type: 'fill',
      source: src,
      filter: layerIs('district'),
      paint: { 'fill-color': theme.districtFill, 'fill-opacity': 0.7 },
    },
    {
      id: 'reservoir',
      type: 'fill',
      source: src,
      filter: layerIs('reservoir'),
      paint: { 'fill-color': theme.water },
    },
    {
      id: 'river',
      type: 'line',
      source: src,
      filter: layerIs('river'),
      paint: { 'line-color': theme.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1, 12, 3] },
    },
    {
      id: 'district-line',
      type: 'line',
      source: src,
      filter: layerIs('district'),
      paint: {
        'line-color': theme.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'subway-line',
      type: 'line',
      source: src,
      filter: layerIs('subway-line'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 12, 2.5, 15, 4],
        'line-opacity': 0.85,
      },
    },
    {
      id: 'subway-station',
      type: 'circle',
      source: src,
      filter: layerIs('subway-station'),
      minzoom: 11.5,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11.5, 2, 15, 4.5],
        'circle-color': theme.halo,
        'circle-stroke-color': theme.textMuted,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'rail-station',
      type: 'circle',
      source: src,
      // Main stations from the start; the many small ones only once zoomed in.
      filter: ['all', layerIs('rail-station'), ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 11]]],
      minzoom: 8,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 14, 5],
        'circle-color': theme.text,
        'circle-stroke-color': theme.halo,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'airport',
      type: 'circle',
      source: src,
      filter: layerIs('airport'),
      paint: {
        'circle-radius': 6,
        'circle-color': theme.halo,
        'circle-stroke-color': theme.text,
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'district-label',
      type: 'symbol',
      source: src,
      filter: layerIs('district-label'),
      maxzoom: 12,
      layout: { ...text, 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 15] },
      paint: { ...halo, 'text-color': theme.textMuted },
    },
    {
      id: 'subway-station-label',
      type: 'symbol',
      source: src,
      filter: layerIs('subway-station'),
      minzoom: 13,
      layout: {
        'text-font': LABEL_FONTS,
        'text-field': ['get', 'name_zh'],
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
      },
      paint: { ...halo, 'text-color': theme.textMuted },
    },
    {
      id: 'rail-station-label',
      type: 'symbol',
      source: src,
      filter: ['all', layerIs('rail-station'), ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 11]]],
      minzoom: 9,
      layout: { ...text, 'text-size': 11, 'text-offset': [0, 0.9], 'text-anchor': 'top' },
      paint: halo,
    },
    {
      id: 'airport-label',
      type: 'symbol',
      source: src,
      filter: layerIs('airport'),
      layout: { ...text, 'text-size': 12, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
      paint: halo,
    },
  ];
}

function zoneLayers(colors: ReadonlyMap<string, string>, theme: Theme, language: Language): LayerSpecification[] {
  const color = zoneColorExpression(colors);
  const isArea: FilterSpecification = ['==', ['get', 'kind'], 'ftz-area'];
  const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
  const sharesOutline: FilterSpecification = ['has', 'same_outline_as'];
  const isPoint: FilterSpecification = ['==', ['get', 'kind'], 'reference-point'];
  // Zones inside another zone show once zoomed in, so that at first the areas take the clicks and labels.
  const topLevelOrZoomedIn: FilterSpecification = [
    'any',
    ['!', ['has', 'parent']],
    ['==', ['get', 'parent'], null],
    ['>=', ['zoom'], 10],
  ];
  const src = SOURCES.zones;
  return [
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
      // Parts fill (and so take clicks from their area) once zoomed in; stand-alone zones outside the
      // FTZ (demonstration parks, the airport zone) from the start.
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon, topLevelOrZoomedIn],
      paint: { 'fill-color': color, 'fill-opacity': hoverOrSelected(0.35, 0.45, 0.1) },
    },
    {
      id: 'zones-area-line',
      type: 'line',
      source: src,
      filter: ['all', isArea, isPolygon],
      paint: { 'line-color': color, 'line-width': hoverOrSelected(3, 3.5, 2) },
    },
    {
      id: 'zones-part-line',
      type: 'line',
      source: src,
      filter: ['all', ['!', isArea], ['!', sharesOutline], isPolygon],
      paint: {
        'line-color': color,
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
        'line-color': color,
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
        'circle-color': color,
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
      filter: ['all', isPoint, topLevelOrZoomedIn],
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
      // Areas are labelled while the whole zone fits the screen; parts once zoomed in.
      filter: [
        'all',
        ['!', isPoint],
        ['case', ['==', ['get', 'kind'], 'ftz-area'], ['<', ['zoom'], 10.5], ['>=', ['zoom'], 10.5]],
      ],
      layout: {
        'text-font': LABEL_FONTS,
        'text-field': bilingualLabel(language),
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 13, 15],
        'text-max-width': 12,
        'text-variable-anchor': ['center', 'top', 'bottom'],
      },
      paint: { 'text-color': color, 'text-halo-color': theme.halo, 'text-halo-width': 2 },
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
        parent: f.properties.parent,
        name_en: f.properties.name_en,
        name_zh: f.properties.name_zh,
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
  return {
    version: 8,
    name: 'Beijing FTZ Atlas',
    sources: {
      [SOURCES.basemap]: { type: 'geojson', data: input.basemapUrl, attribution: ATTRIBUTION.basemap },
      [SOURCES.zones]: {
        type: 'geojson',
        data: input.zones as unknown as GeoJSON.FeatureCollection,
        promoteId: 'id',
        attribution: ATTRIBUTION.zones,
      },
      [SOURCES.zoneLabels]: { type: 'geojson', data: zoneLabelCollection(input.zones, input.metrics) },
    },
    layers: [...basemapLayers(theme, input.language), ...zoneLayers(input.colors, theme, input.language)],
  };
}
