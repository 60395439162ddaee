/** A named point: a subway station, an airport, a reference point. */
export interface Place {
  name_en: string;
  name_zh: string;
  coordinates: [number, number];
}

/** What zones are measured against in the comparison (data/landmarks.json, built by `npm run data`). */
export interface Landmarks {
  airports: { capital: Place; daxing: Place };
  stations: Place[];
  /** Chinese district names by their English names, as the zones give them (`Chaoyang` → `朝阳区`). */
  districts: Record<string, string>;
  /** Where the figures come from, for the exported files. */
  source: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function readPlace(value: unknown): Place | null {
  if (!isRecord(value) || typeof value['name_zh'] !== 'string') return null;
  const coordinates = value['coordinates'];
  if (!Array.isArray(coordinates) || coordinates.length !== 2) return null;
  const [lng, lat] = coordinates as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) return null;
  const nameEn = typeof value['name_en'] === 'string' ? value['name_en'] : '';
  return { name_en: nameEn, name_zh: value['name_zh'], coordinates: [lng, lat] };
}

/**
 * Reads landmarks.json. Stations that do not parse are skipped (the others still serve); without both
 * airports the file is refused, since every row of the table needs them. Pure: runs in a worker.
 */
export function readLandmarks(input: unknown): Landmarks | null {
  if (!isRecord(input) || !isRecord(input['airports'])) return null;
  const capital = readPlace(input['airports']['capital']);
  const daxing = readPlace(input['airports']['daxing']);
  if (!capital || !daxing) return null;
  const stations = Array.isArray(input['stations']) ? input['stations'].map(readPlace) : [];
  const districts = isRecord(input['districts']) ? input['districts'] : {};
  return {
    airports: { capital, daxing },
    districts: Object.fromEntries(
      Object.entries(districts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ),
    stations: stations.filter((s): s is Place => s !== null),
    source: typeof input['source'] === 'string' ? input['source'] : '',
  };
}
