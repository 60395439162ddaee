import { readFileSync } from 'node:fs';
import { zoneColors } from '../../src/color/palette';
import type { ZoneCollection } from '../../src/data/schema';
import { validateZones } from '../../src/data/validate.lazy';
import { computeZoneMetrics } from '../../src/geo/metrics';
import { zoneLabelCollection } from '../../src/map/style/zoneStyleData';

/**
 * What `buildStyle` takes from the zones, made from checked zones as the build makes it
 * (`virtual:zone-style`), with the zones' and the basemap's URLs: shared by the style tests.
 */
export function testStyleInput(zones: ZoneCollection, basemapUrl: string) {
  const metrics = computeZoneMetrics(zones);
  return {
    zones,
    metrics,
    colors: zoneColors(zones),
    zonesUrl: 'http://127.0.0.1/zones.geojson',
    zoneLabels: zoneLabelCollection(zones, metrics),
    basemapUrl,
  };
}

/** The style input of the project's zones file (data/zones.geojson), checked, in English. */
export function bundledStyleInput() {
  const result = validateZones(JSON.parse(readFileSync('data/zones.geojson', 'utf8')));
  if (!result.ok) throw result.error;
  return { ...testStyleInput(result.value, 'b.geojson'), language: 'en' as const };
}
