import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_FONTS } from '../../config';
import type { Language } from '../../state/appState';
import { basemapLineLayer } from './basemapLine';
import { bilingualLabel } from './labels';
import { perFeature, perFeatureAlongZoom } from './binding';
import { roadLabelLayer } from './roadLayers';
import type { Theme } from './theme';

const layerIs = (name: string): ExpressionSpecification => ['==', ['get', 'layer'], name];

// Main stations from the start; the many small ones only once zoomed in.
const railStationsShown: ExpressionSpecification = [
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
    // Rivers, roads and the subway: over the district lines, so that lines and stations stay readable
    // on a ring.
    basemapLineLayer(src, theme),
    ...stationLayers(src, theme),
    ...labelLayers(src, theme, language),
    roadLabelLayer(src, theme, language),
  ];
}

/** The land, the districts' fill with the water over it, and the district lines. */
function landAndWaterLayers(src: string, theme: Theme): LayerSpecification[] {
  const isDistrict = layerIs('district');
  return [
    { id: 'background', type: 'background', paint: { 'background-color': theme.land } },
    {
      // One layer for both areas (issue 23: one WebGL program fewer); the reservoir draws over the
      // district fill by its sort key.
      id: 'basemap-fill',
      type: 'fill',
      source: src,
      filter: ['match', ['get', 'layer'], ['district', 'reservoir'], true, false],
      layout: { 'fill-sort-key': ['case', isDistrict, 0, 1] },
      paint: {
        'fill-color': ['case', isDistrict, theme.districtFill, theme.water],
        'fill-opacity': ['case', isDistrict, 0.7, 1],
        // The district fill's edges lie under the district lines, a shade from the land: no
        // antialiasing pass is seen, and it cost about 5 ms of a 65 ms frame on a software renderer
        // (SwiftShader, measured).
        'fill-antialias': false,
      },
    },
    {
      id: 'district-line',
      type: 'line',
      source: src,
      filter: isDistrict,
      // Bound as the zones' dashed outlines are (binding.ts): one program for both.
      paint: {
        'line-color': perFeatureAlongZoom(theme.districtLine),
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, perFeature(0.6), 12, perFeature(1.6)],
        'line-dasharray': [3, 2],
      },
    },
  ];
}

/**
 * The subway's stations once zoomed in (the lines are in basemapLine.ts), rail stations and airports.
 * Their colours are per feature and their radii per feature along the zoom, as the zones' points are
 * (binding.ts): all circles share one program. Such a radius is exact at whole zooms and linear between
 * them, so each curve's stops are on whole zooms.
 */
function stationLayers(src: string, theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'subway-station',
      type: 'circle',
      source: src,
      filter: layerIs('subway-station'),
      minzoom: 11.5,
      paint: {
        // From 2 at 11.5 (where the layer starts) to 4.5 at 15: the same line, from a whole zoom.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, perFeature(2 - 2.5 / 7), 15, perFeature(4.5)],
        'circle-color': perFeature(theme.halo),
        'circle-stroke-color': theme.textMuted,
        'circle-stroke-width': 1,
      },
    },
    ...railAndAirportLayers(src, theme),
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
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, perFeature(2.5), 14, perFeature(5)],
        'circle-color': perFeature(theme.text),
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
        'circle-radius': perFeatureAlongZoom(6),
        'circle-color': perFeature(theme.halo),
        'circle-stroke-color': theme.text,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}

/**
 * The names of subway stations, then of districts, stations and airports in one layer (the roads' names
 * come last, from roadLayers.ts). Where two collide, airports win, then stations, then districts: the
 * `symbol-sort-key` places the lower key first, as the order of their own layers once did.
 */
function labelLayers(src: string, theme: Theme, language: Language): LayerSpecification[] {
  const halo = { 'text-halo-color': theme.halo, 'text-halo-width': 1.4 };
  const byLayer = (district: unknown, rail: unknown, airport: unknown) =>
    ['match', ['get', 'layer'], 'district-label', district, 'rail-station', rail, airport] as ExpressionSpecification;
  return [
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
      paint: { ...halo, 'text-color': perFeature(theme.textMuted) },
    },
    {
      id: 'basemap-label',
      type: 'symbol',
      source: src,
      filter: [
        'any',
        ['all', layerIs('district-label'), ['<', ['zoom'], 12]],
        ['all', railStationsShown, ['>=', ['zoom'], 9]],
        layerIs('airport'),
      ],
      layout: {
        'symbol-sort-key': byLayer(2, 1, 0),
        'text-font': LABEL_FONTS,
        'text-field': bilingualLabel(language),
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, byLayer(11, 11, 12), 11, byLayer(15, 11, 12)],
        // Station and airport names below their dot, district names on their point.
        'text-offset': byLayer(['literal', [0, 0]], ['literal', [0, 0.9]], ['literal', [0, 1.1]]),
        'text-anchor': byLayer('center', 'top', 'top'),
      },
      paint: { ...halo, 'text-color': byLayer(theme.textMuted, theme.text, theme.text) },
    },
  ];
}
