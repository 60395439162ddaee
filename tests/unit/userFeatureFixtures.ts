import type { UserFeature } from '../../src/import/types';

/** A small square imported feature (about 1 km across) near Beijing Capital Airport. */
export const square = (id: string, name = id, lng = 116.5): UserFeature => ({
  id,
  name,
  properties: { name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lng, 40],
        [lng + 0.01, 40],
        [lng + 0.01, 40.01],
        [lng, 40.01],
        [lng, 40],
      ],
    ],
  },
  fileName: 'site.geojson',
  datum: 'wgs84',
  importedAt: '2026-11-23T21:00:00.000Z',
});
