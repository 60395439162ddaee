import { zoneColors } from '../../color/palette';
import type { ZoneCollection } from '../../data/schema';
import { openingBounds, zoneBounds, type Bounds } from '../../geo/bounds';
import { computeZoneMetrics, type ZoneMetrics } from '../../geo/metrics';

/** One label point per zone, with what the label layers read (its id, kind, names and parent). */
export interface ZoneLabelCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { id: string; kind: string; name_en: string; name_zh: string; parent: string | null };
    geometry: { type: 'Point'; coordinates: [number, number] };
  }[];
}

/** The label points of the zones, as their own source: one label per zone, not per polygon piece. */
export function zoneLabelCollection(
  zones: ZoneCollection,
  metrics: ReadonlyMap<string, ZoneMetrics>,
): ZoneLabelCollection {
  return {
    type: 'FeatureCollection',
    features: zones.features.map((f) => ({
      type: 'Feature',
      properties: {
        id: f.properties.id,
        kind: f.properties.kind,
        name_en: f.properties.name_en,
        name_zh: f.properties.name_zh,
        parent: f.properties.parent,
      },
      geometry: { type: 'Point', coordinates: metrics.get(f.properties.id)!.labelPoint },
    })),
  };
}

/**
 * Everything MapLibre's map needs from the zones besides their file: the palette's colour of each zone,
 * the label points, each zone's box (a linked `zone=` is framed on it) and the opening frame. Plain JSON,
 * so that the build computes it from the file it checked (scripts/build/zonesIntegrity.mjs,
 * `virtual:zone-style`) and the map is made without waiting for the page to parse the zones.
 */
export interface ZoneStyleData {
  colors: [id: string, color: string][];
  labels: ZoneLabelCollection;
  bounds: [id: string, box: Bounds][];
  opening: Bounds;
}

/** The zones' style data, from the zones themselves (their metrics and colours, if already computed). */
export function zoneStyleData(
  zones: ZoneCollection,
  metrics: ReadonlyMap<string, ZoneMetrics> = computeZoneMetrics(zones),
  colors: ReadonlyMap<string, string> = zoneColors(zones),
): ZoneStyleData {
  const bounds = zoneBounds(zones);
  return {
    colors: [...colors],
    labels: zoneLabelCollection(zones, metrics),
    bounds: [...bounds],
    opening: openingBounds(zones, bounds),
  };
}
