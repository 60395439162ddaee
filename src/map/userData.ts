import type { UserFeature } from '../import/types';
import { mapFeature, packedMapText, packedPlace, type PackedFeatures } from '../import/packed';

/**
 * The imported features as the map source's data, without cloning them on the page. Features that came
 * packed from the import worker (or from storage) already have their map GeoJSON as UTF-8 bytes; runs
 * of consecutive features of one pack are one slice of those bytes. The slices become a Blob, and the
 * source gets its `blob:` URL: MapLibre's worker fetches and parses it (the page's CSP allows `blob:`
 * in connect-src). `setData` with the objects instead clones every feature to MapLibre's worker on the
 * page's thread (about 0.2 s for 50,000 polygons). Features not packed (none today but a safety net)
 * are written out as JSON.
 */
export function userMapParts(features: readonly UserFeature[]): BlobPart[] {
  const parts: BlobPart[] = ['{"type":"FeatureCollection","features":['];
  let run: { pack: PackedFeatures; from: number; to: number } | null = null;
  let first = true;
  const push = (part: BlobPart) => {
    if (!first) parts.push(',');
    parts.push(part);
    first = false;
  };
  const flush = () => {
    if (run) push(packedMapText(run.pack, run.from, run.to) as Uint8Array<ArrayBuffer>);
    run = null;
  };
  for (const feature of features) {
    const place = packedPlace(feature);
    if (place && run && run.pack === place.pack && run.to + 1 === place.index) {
      run.to = place.index;
      continue;
    }
    flush();
    if (place) run = { pack: place.pack, from: place.index, to: place.index };
    else push(JSON.stringify(mapFeature(feature)));
  }
  flush();
  parts.push(']}');
  return parts;
}

/** A `blob:` URL of the features' map GeoJSON; the caller revokes it once the map has read it. */
export const userMapUrl = (features: readonly UserFeature[]): string =>
  URL.createObjectURL(new Blob(userMapParts(features), { type: 'application/geo+json' }));
