// The zones of the atlas: their facts (with sources) and the rough shapes their outlines are drawn from.
//
// Build-only keys, which stay out of data/zones.geojson:
// - `draw`: one or more hand-drawn rings in [lon, lat] (WGS84), placed where facts.md (sections 1b and 3)
//   puts the zone. scripts/build-zones.mjs scales the rings about their centroids, by one factor per
//   zone, so the outline's geodesic area equals the official figure (or `drawAreaKm2` where no figure
//   is published). Rings that follow roads or borders are drawn close to size, so the factor stays
//   near 1 and the edges stay where they were drawn.
// - `point`: [lon, lat] of a zone shown as a point.
// A zone with `same_outline_as` takes that zone's outline; a zone with neither takes the union of its
// parts' outlines (the FTZ areas).
//
// Order matters: later features are drawn on top of earlier ones in the same map layer.
import { sciTech } from './sciTech.mjs';
import { businessServices } from './businessServices.mjs';
import { highEnd } from './highEnd.mjs';
import { shunyi, demonstrationParks, daxingAirport } from './demonstration.mjs';
import { referencePoints } from './points.mjs';
import { sinoGermanPark } from './shunyiParks.mjs';

/** @type {Array<Record<string, any>>} */
export const zones = [
  ...sciTech,
  ...businessServices,
  ...highEnd,
  ...shunyi,
  ...demonstrationParks,
  ...sinoGermanPark,
  ...daxingAirport,
  ...referencePoints,
];

/** Keys of a spec entry that drive the build and are not written to the data file. */
export const BUILD_ONLY_KEYS = ['draw', 'point', 'drawAreaKm2'];
