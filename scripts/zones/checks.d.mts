/** The parts of a zone feature the geometry rules read. */
export interface ZoneFeatureInput {
  type: 'Feature';
  id?: string;
  properties: {
    id: string;
    parent: string | null;
    district: string[];
    official_area_km2: number | null;
    same_outline_as?: string;
    [key: string]: unknown;
  };
  geometry: GeoJSON.Point | GeoJSON.Polygon | GeoJSON.MultiPolygon;
}
export interface ZoneCollectionInput {
  type: 'FeatureCollection';
  features: ZoneFeatureInput[];
}
export interface GeometryProblem {
  id: string;
  rule:
    | 'invalid-geometry'
    | 'outside-region'
    | 'area-mismatch'
    | 'outside-parent'
    | 'parts-exceed-parent'
    | 'overlap'
    | 'outside-district';
  message: string;
}
export const AREA_TOLERANCE: number;
export const BEIJING_REGION: [number, number, number, number];
export function checkZones(
  collection: ZoneCollectionInput,
  options?: { districts?: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name_en: string }>[] },
): GeometryProblem[];
