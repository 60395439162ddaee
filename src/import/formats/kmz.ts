import { readKml } from './kml';
import type { ZipFormat } from './format';

const isShp = (name: string) => /\.shp$/i.test(name);
const isKml = (name: string) => /\.kml$/i.test(name);

/**
 * KMZ: a zip with a `.kml` inside (whatever the zip is called), read as KML. A zip that also holds a
 * `.shp` is a shapefile (shapefile.ts), so the two never both claim a file.
 */
export const kmz: ZipFormat = {
  id: 'kmz',
  container: 'zip',
  extensions: ['.kmz'],
  mime: ['application/vnd.google-earth.kmz'],
  label: { en: 'KMZ', zh: 'KMZ' },
  family: 'kml',
  sniff: ({ entries }) => !entries.some((entry) => isShp(entry.name)) && entries.some((entry) => isKml(entry.name)),
  read: async ({ entries }, { parsers }) => {
    const kmlEntry = entries.find((entry) => isKml(entry.name))!;
    return { root: readKml(await kmlEntry.text(), parsers) };
  },
};
