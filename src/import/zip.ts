import { iter, type ZipItem } from 'but-unzip';
import { parseZip } from 'shpjs';
import { readKml } from './kml';
import type { NoteCode } from './importMessages';
import { Refusal, detailOf } from './refusal';

/**
 * Whether the zip's end-of-central-directory record is where a zip keeps it: in the last 22 + 65,535
 * bytes (the longest comment). but-unzip 0.1 loops forever when it is missing and a `P` comes first
 * (a truncated download), so a zip without one is refused before but-unzip sees it.
 */
function hasEndRecord(bytes: Uint8Array): boolean {
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - 65_535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return true;
  }
  return false;
}

/** The entries of a zip (names only; nothing is inflated yet), or `zip-unreadable`. */
function entries(bytes: Uint8Array): ZipItem[] {
  if (!hasEndRecord(bytes)) throw new Refusal('zip-unreadable');
  try {
    return [...iter(bytes)].filter((entry) => !entry.filename.includes('__MACOSX'));
  } catch {
    throw new Refusal('zip-unreadable');
  }
}

async function text(entry: ZipItem): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await entry.read());
  } catch {
    throw new Refusal('zip-unreadable');
  }
}

/**
 * A zipped shapefile (read by shpjs, which reprojects with proj4 from the .prj to WGS84), or a KMZ (a
 * zip with a .kml inside). Without a .prj shpjs leaves the coordinates as they are; if they are
 * metres the range check then says "looks like projected metres". `shapefile` is true for shapefiles,
 * whose outer rings run clockwise by definition: turning them is a conversion, not a repair to report.
 */
export async function readZip(
  bytes: Uint8Array,
  note: (code: NoteCode) => void,
): Promise<{ root: unknown; shapefile: boolean }> {
  const list = entries(bytes);
  const shp = list.some((entry) => /\.shp$/i.test(entry.filename));
  if (!shp) {
    const kmlEntry = list.find((entry) => /\.kml$/i.test(entry.filename));
    if (kmlEntry) return { root: readKml(await text(kmlEntry)), shapefile: false };
    throw new Refusal('zip-not-shapefile');
  }
  const prj = list.find((entry) => /\.prj$/i.test(entry.filename));
  let layers;
  try {
    layers = await parseZip(bytes);
  } catch (error) {
    throw new Refusal('shapefile-unreadable', { detail: detailOf(error) });
  }
  // A .prj with PROJCS means projected coordinates that proj4 has just turned into longitude/latitude.
  if (prj && /^\s*PROJCS/i.test(await text(prj))) note('reprojected');
  const all = Array.isArray(layers) ? layers : [layers];
  const features = all.flatMap((layer) => layer.features ?? []);
  return { root: { type: 'FeatureCollection', features }, shapefile: true };
}
