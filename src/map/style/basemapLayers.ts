import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { LABEL_FONTS } from '../../config';
import type { Language } from '../../state/appState';
import { bilingualLabel } from './labels';
import { BASEMAP_MUTE, mutedUntilStreetLevel, roadLabelLayer, roadLayers } from './roadLayers';
import type { Theme } from './theme';

const layerIs = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];

// Main stations from the start; the many small ones only once zoomed in.
const railStationsShown: FilterSpecification = [
  'all',
  layerIs('rail-station'),
  ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 11]],
];

/**
 * The bundled offline basemap: land, districts, water, roads, subway, rail and airports, with their labels.
 * Drawn in this order: areas and lines first, then the points, then every label over all of them.
 */
export function basemapLayers(src: string, theme: Theme, language: Language): LayerSpecification[] {
  return [
    ...landAndWaterLayers(src, theme),
    // Over the district lines, under the subway, so that lines and stations stay readable on a ring.
    ...roadLayers(src, theme),
    ...subwayLayers(src, theme),
    ...railAndAirportLayers(src, theme),
    ...labelLayers(src, theme, language),
    roadLabelLayer(src, theme, language),
  ];
}

/** The land, the districts' fill, the water, and the district lines over the water. */
function landAndWaterLayers(src: string, theme: Theme): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.land } },
    {
      id: 'district-fill',
      type: 'fill',
      source: src,
      filter: layerIs('district'),
      paint: {
        'fill-color': theme.districtFill,
        'fill-opacity': 0.7,
        // Its edges lie under the district lines, a shade from the land: no antialiasing pass is seen,
        // and it cost about 5 ms of a 65 ms frame on a software renderer (SwiftShader, measured).
        'fill-antialias': false,
      },
    },
    { id: 'reservoir', type: 'fill', source: src, filter: layerIs('reservoir'), paint: { 'fill-color': theme.water } },
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
  ];
}

/** The subway's grey at the overview, per theme: lighter than the zones' outlines, firm enough on a beamer. */
const SUBWAY_MUTED: Readonly<Record<Theme['name'], string>> = {
  light: '#b3ada3',
  dark: '#5a616c',
  projector: '#8c8c8c',
};

/**
 * Subway lines: grey and light at the overview, where their many colours competed with the zones; in
 * their own colours from street level (roadLayers.ts BASEMAP_MUTE). Their stations once zoomed in.
 */
function subwayLayers(src: string, theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'subway-line',
      type: 'line',
      source: src,
      filter: layerIs('subway-line'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': mutedUntilStreetLevel(SUBWAY_MUTED[theme.name], ['get', 'colour']),
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 12, 2.5, 15, 4],
        'line-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          BASEMAP_MUTE.mutedBelow,
          0.6,
          BASEMAP_MUTE.fullFrom,
          0.85,
        ],
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
  ];
}

function railAndAirportLayers(src: string, theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'rail-station',
      type: 'circle',
      source: src,
      filter: railStationsShown,
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
  ];
}

/** The names of districts, stations and airports (the roads' names come last, from roadLayers.ts). */
function labelLayers(src: string, theme: Theme, language: Language): LayerSpecification[] {
  const text = { 'text-font': LABEL_FONTS, 'text-field': bilingualLabel(language) };
  const halo = { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 1.4 };
  const below = (offset: number) => ({ 'text-offset': [0, offset] as [number, number], 'text-anchor': 'top' as const });
  return [
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
      layout: { 'text-font': LABEL_FONTS, 'text-field': ['get', 'name_zh'], 'text-size': 11, ...below(1.1) },
      paint: { ...halo, 'text-color': theme.textMuted },
    },
    {
      id: 'rail-station-label',
      type: 'symbol',
      source: src,
      filter: railStationsShown,
      minzoom: 9,
      layout: { ...text, 'text-size': 11, ...below(0.9) },
      paint: halo,
    },
    {
      id: 'airport-label',
      type: 'symbol',
      source: src,
      filter: layerIs('airport'),
      layout: { ...text, 'text-size': 12, ...below(1.1) },
      paint: halo,
    },
  ];
}
