import zonesUrl from '../../data/zones.geojson?url';
import bundledBasemapUrl from '../../data/basemap/beijing.geojson?url';
import overviewUrl from '../../data/basemap/overview.geojson?url';
import { CHECKED_ZONES_DIGEST } from 'virtual:zones-integrity';
import { DataError } from './dataError';
import { textDigest } from './digest';
import type { ZoneCollection } from './schema';
import { readOverview, type OverviewCollection } from './overview';

/**
 * The bundled basemap's absolute URL: MapLibre's worker fetches and tiles it itself, and a worker
 * resolves a relative URL against its own script, so it is made absolute against the page's base.
 * A function of the base URI rather than a constant: this module reads nothing from the DOM, so it
 * also runs in Node and in a Web Worker.
 */
export const basemapUrl = (baseUri: string): string => new URL(bundledBasemapUrl, baseUri).href;

/** The zones file's absolute URL, for MapLibre's worker (see basemapUrl); `loadZones` fetches the same. */
export const zonesSourceUrl = (baseUri: string): string => new URL(zonesUrl, baseUri).href;

/** Downloads a bundled file as text; failures become a DataError naming the file. */
async function fetchText(url: string, file: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataError(file, null, '', 'could not be downloaded (network error)');
  }
  if (!response.ok) throw new DataError(file, null, '', `could not be downloaded (HTTP ${response.status})`);
  try {
    return await response.text();
  } catch {
    throw new DataError(file, null, '', 'could not be downloaded (network error)');
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(file, null, '', 'is not valid JSON');
  }
}

/** Fetches and parses a bundled JSON file; failures become a DataError naming the file. */
export async function fetchJson(url: string, file: string): Promise<unknown> {
  return parseJson(await fetchText(url, file), file);
}

/**
 * Loads the zones; rejects with a DataError that names the file, feature and field. The build checked
 * the bundled file against the schema and the rules (scripts/build/zonesIntegrity.ts); a file with the
 * digest it checked is used as it is, so the first load needs no schema code. Any other file (edited
 * or replaced after the build, or a stale digest in development) gets the whole check here.
 */
export async function loadZones(url = zonesUrl, checkedDigest = CHECKED_ZONES_DIGEST): Promise<ZoneCollection> {
  const text = await fetchText(url, 'zones.geojson');
  const input = parseJson(text, 'zones.geojson');
  if (textDigest(text) === checkedDigest) return input as ZoneCollection;
  const { validateZones } = await import('./validate.lazy');
  const result = validateZones(input);
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
