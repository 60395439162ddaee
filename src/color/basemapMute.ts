/**
 * The muted basemap of the overview (issue 24), for both maps: below `mutedBelow` the ring roads are a
 * pale tint of their colour and the subway one grey per theme, thinner and fainter; from `fullFrom`
 * (street level) every line has its own colour; in between the two blend linearly, as MapLibre's
 * `interpolate` does. The greys and tints are theme tokens (`themes.ts`: `ring`, `ringMuted`,
 * `subwayMuted`), so the SVG map reads them as CSS custom properties (`--map-ring-muted`, …).
 * tests/unit/basemapMute.test.ts checks that the MapLibre style (map/style/roadLayers.ts
 * `BASEMAP_MUTE`, basemapLayers.ts `subway-line`) uses the same zooms, colours and opacities.
 */
export const BASEMAP_MUTE_ZOOMS = { mutedBelow: 11, fullFrom: 12 } as const;

/** The subway's opacity at the overview and from street level. */
export const SUBWAY_OPACITY = { muted: 0.6, full: 0.85 } as const;

/**
 * How much of each line's own colour shows at `zoom`: 0 at the overview (muted), 1 from street level,
 * linear in between.
 *
 * @example basemapColourShare(9) // 0
 * @example basemapColourShare(11.5) // 0.5
 */
export function basemapColourShare(zoom: number): number {
  const { mutedBelow, fullFrom } = BASEMAP_MUTE_ZOOMS;
  if (!(zoom > mutedBelow)) return 0;
  if (zoom >= fullFrom) return 1;
  return (zoom - mutedBelow) / (fullFrom - mutedBelow);
}
