import { iter, type ZipItem } from 'but-unzip';
import { parseZip } from 'shpjs';
import { readKml } from './kml';
import type { NoteCode } from './messages';
import { Refusal, detailOf } from './refusal';

/** The entries of a zip (names only; nothing is inflated yet), or `zip-unreadable`. */
function entries(bytes: Uint8Array): ZipItem[] {
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
