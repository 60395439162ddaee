import { Refusal, detailOf } from '../refusal';
import type { ZipFormat } from './format';

/**
 * A zipped shapefile (a zip with a `.shp`), read by shpjs, which reprojects with proj4 from the `.prj`
 * to WGS84. Without a `.prj` shpjs leaves the coordinates as they are; if they are metres the range
 * check then says "looks like projected metres". Outer rings run clockwise in a shapefile by
 * definition, so turning them is not reported as a repair.
 */
export const shapefile: ZipFormat = {
  id: 'shapefile',
  container: 'zip',
  extensions: ['.zip'],
  mime: ['application/zip'],
  label: { en: 'a zipped shapefile', zh: '压缩的 Shapefile' },
  sniff: ({ entries }) => entries.some((entry) => /\.shp$/i.test(entry.name)),
  read: async ({ bytes, entries }, { note, parsers }) => {
    const prj = entries.find((entry) => /\.prj$/i.test(entry.name));
    let layers;
    try {
      layers = await parsers.parseZip(bytes);
    } catch (error) {
      throw new Refusal('shapefile-unreadable', { detail: detailOf(error) });
    }
    // A .prj with PROJCS means projected coordinates that proj4 has just turned into longitude/latitude.
    if (prj && /^\s*PROJCS/i.test(await prj.text())) note('reprojected');
    const all = Array.isArray(layers) ? layers : [layers];
    const features = all.flatMap((layer) => layer.features ?? []);
    return { root: { type: 'FeatureCollection', features }, clockwiseByDefinition: true };
  },
  // A `.zip` that is not a zip at all (it does not start with `PK`).
  misnamed: () => new Refusal('zip-unreadable'),
};
