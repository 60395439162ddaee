import type { Feature, FeatureCollection, Geometry } from 'geojson';

/**
 * The small basemap the SVG map draws (data/basemap/overview.geojson, built by `npm run data`):
 * districts, water, subway lines, ring roads and airports, each with its `layer`.
 */
export interface OverviewProperties {
  layer: string;
  name_en?: string;
  name_zh?: string;
  /** A subway line's colour. */
  colour?: string;
  class?: string;
}

export type OverviewCollection = FeatureCollection<Geometry, OverviewProperties>;

const isFeature = (value: unknown): value is Feature<Geometry, OverviewProperties> => {
  const feature = value as Feature<Geometry, OverviewProperties> | null;
  return (
    typeof feature === 'object' &&
    feature !== null &&
    typeof feature.properties?.layer === 'string' &&
    typeof feature.geometry === 'object' &&
    feature.geometry !== null &&
    'coordinates' in feature.geometry &&
    Array.isArray(feature.geometry.coordinates)
  );
};

/**
 * The overview's features that have a layer and coordinates. Lenient on purpose: it only decorates the
 * first second, so a bad feature is skipped rather than allowed to stop the page.
 */
export function readOverview(input: unknown): OverviewCollection {
  const features = (input as { features?: unknown } | null)?.features;
  return { type: 'FeatureCollection', features: Array.isArray(features) ? features.filter(isFeature) : [] };
}
