import zonesUrl from '../../data/zones.geojson?url';
import basemapUrl from '../../data/basemap/beijing.geojson?url';
import { DataError, validateZones } from './validate';
import type { ZoneCollection } from './schema';

/** Where the bundled basemap lives; MapLibre's worker fetches and tiles it itself. */
export const BASEMAP_URL = new URL(basemapUrl, document.baseURI).href;

/** Fetches and parses a bundled JSON file; failures become a DataError naming the file. */
export async function fetchJson(url: string, file: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataError(file, null, '', 'could not be downloaded (network error)');
  }
  if (!response.ok) throw new DataError(file, null, '', `could not be downloaded (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new DataError(file, null, '', 'is not valid JSON');
  }
}

/** Loads and validates the zones; rejects with a DataError that names the file, feature and field. */
export async function loadZones(url = zonesUrl): Promise<ZoneCollection> {
  const result = validateZones(await fetchJson(url, 'zones.geojson'));
  if (!result.ok) throw result.error;
  return result.value;
}
