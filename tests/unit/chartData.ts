import { readFileSync } from 'node:fs';
import { validateZones } from '../../src/data/validate.lazy';
import {
  validateEvents,
  validateNationalFtz,
  validatePilotRegions,
  validateProvinces,
  validateStats,
} from '../../src/data/validateStats';
import { computeZoneMetrics } from '../../src/geo/metrics';
import { zoneColors } from '../../src/color/palette';
import type { ChartData } from '../../src/features/charts/types';
import type { ZoneCollection } from '../../src/data/schema';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function valid<T>(result: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!result.ok) throw result.error;
  return result.value;
}

/** The chart inputs for a zones collection, the way the app builds them (metrics and palette colours). */
export function zoneInputs(zones: ZoneCollection) {
  return { zones, metrics: computeZoneMetrics(zones), colors: zoneColors(zones) };
}

/** The bundled data files, validated, as the charts receive them. */
export function bundledChartData(zonesFile = 'data/zones.geojson'): ChartData {
  return {
    ...zoneInputs(valid(validateZones(read(zonesFile)))),
    stats: valid(validateStats(read('data/stats.json'))),
    events: valid(validateEvents(read('data/events.json'))),
    pilotRegions: valid(validatePilotRegions(read('data/pilot-regions.geojson'))),
    provinces: valid(validateProvinces(read('data/provinces.geojson'))),
    nationalFtz: valid(validateNationalFtz(read('data/national-ftz.json'))),
  };
}

/** A copy of the zones with one zone added (e.g. a bonded zone inside a part). */
export function withExtraZone(
  zones: ZoneCollection,
  properties: Partial<ZoneCollection['features'][number]['properties']>,
): ZoneCollection {
  const template = zones.features.find((f) => f.properties.kind === 'ftz-part')!;
  const feature = structuredClone(template);
  Object.assign(feature.properties, properties);
  feature.geometry = { type: 'Point', coordinates: [116.58, 40.09] };
  return { ...zones, features: [...zones.features, feature] };
}
