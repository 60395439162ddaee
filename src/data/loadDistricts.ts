import { basemapUrl, fetchJson } from './load';
import { readDistricts, type District } from './districts';

/**
 * Fetches the district boundaries for the comparison's "District(s)" of imported sites: the bundled
 * basemap itself, which MapLibre's worker has already fetched (so the browser usually has it cached),
 * and only when an import is first compared. `baseUri` makes the URL absolute as for the map.
 */
export async function loadDistricts(baseUri: string): Promise<District[]> {
  return readDistricts(await fetchJson(basemapUrl(baseUri), 'basemap/beijing.geojson'));
}
