import zonesUrl from '../../data/zones.geojson?url';
import bundledBasemapUrl from '../../data/basemap/beijing.geojson?url';
import overviewUrl from '../../data/basemap/overview.geojson?url';
import { DataError, validateZones } from './validate';
import type { ZoneCollection } from './schema';
import { readOverview, type OverviewCollection } from './overview';

/**
 * The bundled basemap's absolute URL: MapLibre's worker fetches and tiles it itself, and a worker
 * resolves a relative URL against its own script, so it is made absolute against the page's base.
 * A function of the base URI rather than a constant: this module reads nothing from the DOM, so it
 * also runs in Node and in a Web Worker.
 */
export const basemapUrl = (baseUri: string): string => new URL(bundledBasemapUrl, baseUri).href;

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

/** Loads the SVG map's small basemap; a failure gives an empty one, since zones alone still make a map. */
export async function loadOverview(url = overviewUrl): Promise<OverviewCollection> {
  try {
    return readOverview(await fetchJson(url, 'overview.geojson'));
  } catch {
    return readOverview(null);
  }
}
