import type { Source, ZoneFeature, ZoneGeometry } from '../../data/schema';
import type { ZoneMetrics } from '../../geo/metrics';
import { userFeatureMetrics, userGeometry } from '../../geo/userMetrics';
import type { Datum, UserFeature } from '../../import/types';

/**
 * What the comparison shows of one row, whether a bundled zone or a feature the visitor imported: the
 * zone's own fields where they exist (so `zoneName` and `localized` read both), and for an imported
 * feature no official area ("not published") and no sources, but the file it came from, and the
 * districts its outline lies in (geo/districts.ts), once the district boundaries have loaded.
 */
export interface ComparedItem {
  id: string;
  name_en: string;
  name_zh: string;
  official_area_km2: number | null;
  area_scope: string;
  area_scope_zh: string;
  outline: ZoneFeature['properties']['outline'] | 'imported';
  /** English district names, main one first; null while an import's are still being found. */
  district: string[] | null;
  sources: Source[];
  geometry: ZoneGeometry;
  mappedAreaKm2: number;
  /** Set for an imported feature: its file, the coordinate system chosen, and when. */
  imported?: { fileName: string; datum: Datum; importedAt: string };
}

export function zoneItem(feature: ZoneFeature, metrics: ReadonlyMap<string, ZoneMetrics>): ComparedItem {
  const zone = feature.properties;
  return {
    id: zone.id,
    name_en: zone.name_en,
    name_zh: zone.name_zh,
    official_area_km2: zone.official_area_km2,
    area_scope: zone.area_scope,
    area_scope_zh: zone.area_scope_zh,
    outline: zone.outline,
    district: zone.district,
    sources: zone.sources,
    geometry: feature.geometry,
    mappedAreaKm2: metrics.get(zone.id)?.mappedAreaKm2 ?? 0,
  };
}

/** Finds an imported feature's districts, or null while the district boundaries load. */
export type DistrictFinder = (feature: UserFeature) => string[] | null;

/** An imported feature as a row: its one name in both languages (the file gives one). */
export function userItem(feature: UserFeature, districtsOf: DistrictFinder = () => null): ComparedItem {
  return {
    id: feature.id,
    name_en: feature.name,
    name_zh: feature.name,
    official_area_km2: null,
    area_scope: `Your feature, imported from ${feature.fileName}`,
    area_scope_zh: `你的要素，导入自 ${feature.fileName}`,
    outline: 'imported',
    district: districtsOf(feature),
    sources: [],
    geometry: userGeometry(feature),
    mappedAreaKm2: userFeatureMetrics(feature).areaKm2,
    imported: { fileName: feature.fileName, datum: feature.datum, importedAt: feature.importedAt },
  };
}

/** The compared ids as items, in order; ids that are neither a zone nor an import are skipped. */
export function comparedItems(
  ids: readonly string[],
  zones: readonly ZoneFeature[],
  metrics: ReadonlyMap<string, ZoneMetrics>,
  userFeatures: readonly UserFeature[],
  districtsOf?: DistrictFinder,
): ComparedItem[] {
  const zoneById = new Map(zones.map((f) => [f.properties.id, f]));
  const userById = new Map(userFeatures.map((f) => [f.id, f]));
  return ids.flatMap((id) => {
    const zone = zoneById.get(id);
    if (zone) return [zoneItem(zone, metrics)];
    const user = userById.get(id);
    return user ? [userItem(user, districtsOf)] : [];
  });
}
