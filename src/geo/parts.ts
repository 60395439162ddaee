import type { ZoneCollection } from '../data/schema';
import type { ZoneMetrics } from './metrics';

export interface PartRow {
  id: string;
  officialKm2: number | null;
  mappedKm2: number;
}

/** How a zone's parts add up against its own official area. */
export interface PartsSummary {
  parts: PartRow[];
  /** The zone's own official area, or null when none is published. */
  officialKm2: number | null;
  /** Sum of the parts' official areas, or null when any part has none (a partial sum would mislead). */
  publishedSumKm2: number | null;
  unpublishedCount: number;
  /** Official total minus the published sum (positive: the parts fall short), or null if either is missing. */
  gapKm2: number | null;
  mappedSumKm2: number;
}

/** Sums of published figures keep published precision (three decimals at most), not float noise. */
const roundKm2 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The parts of `zoneId` (the `ftz-part` zones whose `parent` is it) and their sums; null when it has
 * none. Only parts divide their parent's area: a bonded zone or an exhibition centre inside a part is
 * contained in it, not a share of it, and summing it against the part would mislead.
 */
export function summarizeParts(
  zoneId: string,
  zones: ZoneCollection,
  metrics: ReadonlyMap<string, ZoneMetrics>,
): PartsSummary | null {
  const zone = zones.features.find((f) => f.properties.id === zoneId)?.properties;
  const parts: PartRow[] = zones.features
    .filter((f) => f.properties.parent === zoneId && f.properties.kind === 'ftz-part')
    .map(({ properties: p }) => ({
      id: p.id,
      officialKm2: p.official_area_km2,
      mappedKm2: metrics.get(p.id)?.mappedAreaKm2 ?? 0,
    }));
  if (!zone || parts.length === 0) return null;
  const unpublishedCount = parts.filter((p) => p.officialKm2 === null).length;
  const publishedSumKm2 =
    unpublishedCount === 0 ? roundKm2(parts.reduce((sum, p) => sum + (p.officialKm2 ?? 0), 0)) : null;
  const officialKm2 = zone.official_area_km2;
  return {
    parts,
    officialKm2,
    publishedSumKm2,
    unpublishedCount,
    gapKm2: publishedSumKm2 !== null && officialKm2 !== null ? roundKm2(officialKm2 - publishedSumKm2) : null,
    mappedSumKm2: parts.reduce((sum, p) => sum + p.mappedKm2, 0),
  };
}
