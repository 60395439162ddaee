import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ZoneCollection } from '../../data/schema';
import type { ZoneMetrics } from '../../geo/metrics';
import type { Language } from '../../state/appState';
import { DEFAULT_VISIBLE_LAYERS, type Basemap, type BasemapGroup, type LayerGroup } from '../../state/layerGroups';
import { applyLayerGroups, layerGroupState } from './visibility';
import { osmLayer, osmSource, OSM_SOURCE_ID } from '../onlineBasemap';
import { LIGHT_THEME, type Theme } from './theme';
import { basemapLayers } from './basemapLayers';
import { basemapSource, onBasemapSource } from './basemapSource';
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

/** Ids the map view and the tests refer to. */
export const SOURCES = { basemap: 'basemap', zones: 'zones', zoneLabels: 'zone-labels' } as const;

// Defined with the zone layers (zoneLayers.ts); the map view and the tests take them from here.
export { ZONE_FILL_LAYERS, ZONE_POINT_LAYER, ZONE_SHARED_OUTLINE_LAYER, zoneColorExpression };
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
      [SOURCES.basemap]: basemapSource(input.basemapUrl),
      [SOURCES.zones]: {
        type: 'geojson',
        data: input.zones as unknown as GeoJSON.FeatureCollection,
        promoteId: 'id',
      },
      [SOURCES.zoneLabels]: { type: 'geojson', data: zoneLabelCollection(input.zones, input.metrics) },
      [USER_SOURCE]: userSource(input.userFeatures ?? []),
    },
    layers: onBasemapSource(
      applyLayerGroups(layers, BASEMAP_LAYERS, [SOURCES.zones, SOURCES.zoneLabels]),
      SOURCES.basemap,
    ),
  };
}
