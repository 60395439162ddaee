import type { AddLayerObject, Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_FONTS } from '../../config';
import { perFeature, perFeatureAlongZoom as alongZoom } from '../style/binding';

/** Sources and layers of the planner tools, drawn above everything else. */
export const MEASURE_SOURCE = 'planner-measure';
export const OVERLAY_SOURCE = 'planner-overlay';
export const OVERLAY_FILL_LAYER = 'planner-overlay-fill';
export const MEASURE_LINE_LAYER = 'planner-measure-line';

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

// One colour each that reads on all three themes' land and on the zone fills: magenta is used by no
// zone kind, and the measure's deep blue is darker than every zone colour.
const OVERLAY_COLOR = '#c2255c';
const MEASURE_COLOR = '#1c4fa0';
const HALO = '#ffffff';

/**
 * Paint written per feature, and lines' and circles' along the zoom, as the atlas's own layers are
 * (map/style/binding.ts): the planner then links no WebGL program of its own (each a compile of 40 to
 * 90 ms under a software renderer).
 */
export const PLANNER_LAYERS: AddLayerObject[] = [
  {
    id: OVERLAY_FILL_LAYER,
    type: 'fill',
    source: OVERLAY_SOURCE,
    paint: { 'fill-color': perFeature(OVERLAY_COLOR), 'fill-opacity': perFeature(0.18), 'fill-antialias': false },
  },
  {
    id: 'planner-overlay-casing',
    type: 'line',
    source: OVERLAY_SOURCE,
    paint: { 'line-color': alongZoom(HALO), 'line-width': alongZoom(5), 'line-opacity': alongZoom(0.8) },
  },
  {
    id: 'planner-overlay-line',
    type: 'line',
    source: OVERLAY_SOURCE,
    paint: { 'line-color': alongZoom(OVERLAY_COLOR), 'line-width': alongZoom(2.5), 'line-dasharray': [3, 1.5] },
  },
  {
    id: 'planner-overlay-label',
    type: 'symbol',
    source: OVERLAY_SOURCE,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONTS,
      'text-size': 14,
      'text-allow-overlap': true,
      'symbol-placement': 'point',
    },
    paint: { 'text-color': perFeature(OVERLAY_COLOR), 'text-halo-color': HALO, 'text-halo-width': 2 },
  },
  {
    id: 'planner-measure-fill',
    type: 'fill',
    source: MEASURE_SOURCE,
    filter: ['==', ['get', 'part'], 'area'],
    paint: { 'fill-color': perFeature(MEASURE_COLOR), 'fill-opacity': perFeature(0.15), 'fill-antialias': false },
  },
  {
    id: 'planner-measure-casing',
    type: 'line',
    source: MEASURE_SOURCE,
    filter: ['==', ['get', 'part'], 'line'],
    paint: { 'line-color': alongZoom(HALO), 'line-width': alongZoom(5), 'line-opacity': alongZoom(0.8) },
  },
  {
    id: MEASURE_LINE_LAYER,
    type: 'line',
    source: MEASURE_SOURCE,
    filter: ['==', ['get', 'part'], 'line'],
    paint: { 'line-color': alongZoom(MEASURE_COLOR), 'line-width': alongZoom(2.5), 'line-opacity': alongZoom(1) },
  },
  {
    id: 'planner-measure-vertex',
    type: 'circle',
    source: MEASURE_SOURCE,
    filter: ['==', ['get', 'part'], 'vertex'],
    paint: {
      'circle-radius': alongZoom(5),
      'circle-color': perFeature(HALO),
      'circle-stroke-color': MEASURE_COLOR,
      'circle-stroke-width': 2.5,
    },
  },
];

/**
 * Adds the planner's sources and layers when they are missing: at start, and again after a theme
 * or basemap change, whose `setStyle(…, {diff: true})` removes what the built style does not hold.
 * `data` gives each source's current content, so a redrawn source shows what it showed before.
 */
export function ensurePlannerLayers(map: MapLibreMap, data: (source: string) => object | null): void {
  for (const source of [OVERLAY_SOURCE, MEASURE_SOURCE]) {
    if (!map.getSource(source)) {
      map.addSource(source, { type: 'geojson', data: (data(source) ?? EMPTY) as never });
    }
  }
  for (const layer of PLANNER_LAYERS) if (!map.getLayer(layer.id)) map.addLayer(layer);
}
