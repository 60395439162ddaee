import type { MultiPolygon, Polygon } from 'geojson';

/** A district boundary of the bundled basemap, by the English name the zones use (`Chaoyang`). */
export interface District {
  name: string;
  geometry: Polygon | MultiPolygon;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The district polygons of data/basemap/beijing.geojson (features with `layer: 'district'`), for
 * finding where an imported site lies. Features that do not look like a named polygon are skipped, so
 * a future basemap with other layers or fields still serves. Pure: runs in Node and a worker.
 */
export function readDistricts(input: unknown): District[] {
  const features = isRecord(input) && Array.isArray(input['features']) ? input['features'] : [];
  return features.flatMap((feature: unknown) => {
    if (!isRecord(feature) || !isRecord(feature['properties']) || !isRecord(feature['geometry'])) return [];
    const { layer, name_en: name } = feature['properties'];
    const geometry = feature['geometry'];
    const polygonal = geometry['type'] === 'Polygon' || geometry['type'] === 'MultiPolygon';
    if (layer !== 'district' || typeof name !== 'string' || !polygonal || !Array.isArray(geometry['coordinates'])) {
      return [];
    }
    return [{ name, geometry: geometry as unknown as Polygon | MultiPolygon }];
  });
}
