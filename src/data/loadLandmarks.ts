import landmarksUrl from '../../data/landmarks.json?url';
import { fetchJson } from './load';
import { DataError } from './dataError';
import { readLandmarks, type Landmarks } from './landmarks';

/** Fetches the stations and airports the comparison measures against (only when it first opens). */
export async function loadLandmarks(url = landmarksUrl): Promise<Landmarks> {
  const landmarks = readLandmarks(await fetchJson(url, 'landmarks.json'));
  if (!landmarks) throw new DataError('landmarks.json', null, 'airports', 'lacks the Capital or Daxing airport');
  return landmarks;
}
