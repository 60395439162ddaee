import type { ZoneCollectionInput } from './zones/checks.mjs';

/** Builds the zones collection from scripts/zones/spec.mjs, with each drawn zone's scale factor. */
export function buildZones(): { collection: ZoneCollectionInput; scaleById: Map<string, number> };
/** The district polygons of the bundled basemap (`layer: "district"`, with `name_en`). */
export function basemapDistricts(): GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name_en: string }>[];
