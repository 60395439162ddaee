import statsUrl from '../../data/stats.json?url';
import eventsUrl from '../../data/events.json?url';
import pilotRegionsUrl from '../../data/pilot-regions.geojson?url';
import provincesUrl from '../../data/provinces.geojson?url';
import nationalFtzUrl from '../../data/national-ftz.json?url';
import { fetchJson } from './load';
import type { Validation } from './dataError';
import {
  validateEvents,
  validateNationalFtz,
  validatePilotRegions,
  validateProvinces,
  validateStats,
} from './validateStats';
import type { Stats } from './statsSchema';
import type { Events } from './eventsSchema';
import type { PilotRegions, Provinces } from './nationalSchema';
import type { NationalFtz } from './nationalFtzSchema';

export interface StatisticsData {
  stats: Stats;
  events: Events;
  pilotRegions: PilotRegions;
  provinces: Provinces;
  /** China's pilot free trade zones (the chart "Beijing among China's FTZs", the comparison's reference rows). */
  nationalFtz: NationalFtz;
}

/** Each file on its own: a value, or the error that names the file, record and field. */
export type Loaded<T> = { [K in keyof T]: { ok: true; value: T[K] } | { ok: false; error: Error } };

async function loadOne<T>(url: string, file: string, validate: (input: unknown, file: string) => Validation<T>) {
  try {
    const result = validate(await fetchJson(url, file), file);
    return result.ok ? result : { ok: false as const, error: result.error as Error };
  } catch (error) {
    return { ok: false as const, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/**
 * Loads and validates the statistics files in parallel. A broken file does not take the others down:
 * each comes back as a value or as its own error, and only the charts that need it show the error.
 */
export async function loadStatistics(): Promise<Loaded<StatisticsData>> {
  const [stats, events, pilotRegions, provinces, nationalFtz] = await Promise.all([
    loadOne(statsUrl, 'stats.json', validateStats),
    loadOne(eventsUrl, 'events.json', validateEvents),
    loadOne(pilotRegionsUrl, 'pilot-regions.geojson', validatePilotRegions),
    loadOne(provincesUrl, 'provinces.geojson', validateProvinces),
    loadNationalFtz(),
  ]);
  return { stats, events, pilotRegions, provinces, nationalFtz };
}

/** Only the national FTZ table (the comparison's reference rows need nothing else). */
export function loadNationalFtz() {
  return loadOne(nationalFtzUrl, 'national-ftz.json', validateNationalFtz);
}
