import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../state/appState';
import { DEFAULT_VISIBLE_LAYERS, type Basemap, type BasemapGroup, type LayerGroup } from '../../state/layerGroups';
import { applyLayerGroups, layerGroupState } from './visibility';
import { osmLayer, osmSource, OSM_SOURCE_ID } from '../onlineBasemap';
import { LIGHT_THEME, type Theme } from './theme';
import { basemapLayers } from './basemapLayers';
import {
  ZONE_FILL_LAYERS,
  ZONE_POINT_LAYER,
  ZONE_SHARED_OUTLINE_LAYER,
  zoneColorExpression,
  zoneLayers,
} from './zoneLayers';
import { ROAD_LAYER_IDS } from './roadLayers';
import type { UserFeature } from '../../import/types';
import { USER_SOURCE, userLayers, userSource } from './userLayers';
import type { ZoneLabelCollection } from './zoneStyleData';

/** Ids the map view and the tests refer to. */
export const SOURCES = { basemap: 'basemap', zones: 'zones', zoneLabels: 'zone-labels' } as const;

// Defined with the zone layers (zoneLayers.ts); the map view and the tests take them from here.
export { ZONE_FILL_LAYERS, ZONE_POINT_LAYER, ZONE_SHARED_OUTLINE_LAYER, zoneColorExpression };
export const INTERACTIVE_ZONE_LAYERS = [...ZONE_FILL_LAYERS, ZONE_SHARED_OUTLINE_LAYER, ZONE_POINT_LAYER];
/**
 * The basemap layers of each switchable group. A layer in several groups (`basemap-fill`, `basemap-line`,
 * `basemap-label` draw features of several, issue 23) is switched per feature by BASEMAP_FEATURE_GROUPS.
 */
export const BASEMAP_LAYERS = {
  districts: ['basemap-fill', 'district-line', 'basemap-label'],
  subway: ['basemap-line', 'subway-station', 'subway-station-label'],
  rail: ['rail-station', 'basemap-label'],
  water: ['basemap-fill', 'basemap-line'],
  airports: ['airport', 'basemap-label'],
  roads: ROAD_LAYER_IDS,
} as const satisfies Record<BasemapGroup, readonly string[]>;

/** The group of each kind of basemap feature (its `layer` property) that a merged layer draws. */
export const BASEMAP_FEATURE_GROUPS = {
  district: 'districts',
  'district-label': 'districts',
  reservoir: 'water',
  river: 'water',
  road: 'roads',
  'subway-line': 'subway',
  'rail-station': 'rail',
  airport: 'airports',
} as const satisfies Record<string, BasemapGroup>;

/** Symbol layers whose text is the bilingual label; switching language rewrites their `text-field`. */
export const BILINGUAL_LABEL_LAYERS = ['basemap-label', 'road-label', 'zone-labels', 'zone-point-labels'] as const;

export interface StyleInput {
  /**
   * The zones file's absolute URL: MapLibre's worker fetches and parses it, as it does the basemap, so
   * the map needs no parsed zones to start (the page parses its own copy for the panels).
   */
  zonesUrl: string;
  /** One label point per zone (zoneStyleData.ts), computed by the build. */
  zoneLabels: ZoneLabelCollection;
  /** Each zone's palette colour, by id. */
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

/**
 * The whole map as one style document: bundled basemap, zones and labels. Pure, so it is unit-tested
 * and validated against the style specification without a browser.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const theme = input.theme ?? LIGHT_THEME;
  const layers = [
    ...basemapLayers(SOURCES.basemap, theme, input.language),
    ...zoneLayers({ zones: SOURCES.zones, labels: SOURCES.zoneLabels }, input.colors, theme, input.language),
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
      [SOURCES.zones]: { type: 'geojson', data: input.zonesUrl, promoteId: 'id' },
      [SOURCES.zoneLabels]: { type: 'geojson', data: input.zoneLabels as GeoJSON.FeatureCollection },
      [USER_SOURCE]: userSource(input.userFeatures ?? []),
    },
    layers: applyLayerGroups(layers, { layers: BASEMAP_LAYERS, features: BASEMAP_FEATURE_GROUPS }, [
      SOURCES.zones,
      SOURCES.zoneLabels,
    ]),
  };
}
