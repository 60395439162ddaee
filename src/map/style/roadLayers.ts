import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABEL_FONTS } from '../../config';
import type { Language } from '../../state/appState';
import type { ResolvedTheme } from '../../state/themes';
import { bilingualLabel } from './labels';
import { perFeature } from './binding';
import type { Theme } from './theme';

/**
 * Road colours per theme. They live here rather than in theme.ts so that the road layers stay one
 * self-contained addition: a Beijing reader orients by the ring roads, so they are warm and firm, the
 * expressways lighter, and trunk and primary roads a neutral grey that only appears once zoomed in.
 */
export const ROAD_COLORS: Readonly<
  Record<ResolvedTheme, { ring: string; expressway: string; minor: string; label: string; mutedRing: string }>
> = {
  light: { ring: '#d08a3a', expressway: '#dcae74', minor: '#cfc8ba', label: '#7a4a12', mutedRing: '#dcc3a3' },
  dark: { ring: '#c28a48', expressway: '#8f7049', minor: '#4a505a', label: '#e6b57c', mutedRing: '#6b5a46' },
  // Darker and thicker on a beamer, where the light theme's pale lines wash out.
  projector: { ring: '#9a5200', expressway: '#b87a2a', minor: '#8a8a8a', label: '#000000', mutedRing: '#b08a60' },
};

/**
 * The overview mutes the basemap so the zones lead (as locator maps do): below MUTED_BELOW the ring
 * roads are a pale tint of their colour and the subway grey and lighter; from FULL_FROM (street level)
 * every line has its own colour again. Between the two the colours blend.
 */
export const BASEMAP_MUTE = { mutedBelow: 11, fullFrom: 12 } as const;

/** The zoom at which each class appears: rings first, expressways next, the rest only when zoomed in. */
export const ROAD_MINZOOM = { ring: 7, expressway: 9, minor: 11 } as const;

/** The road lines are drawn by `basemap-line` (basemapLine.ts), their names by `road-label`. */
export const ROAD_LAYER_IDS = ['basemap-line', 'road-label'] as const;

/** A road class's line width along the zoom, as `[zoom, width]` stops (`scale` 1: trunk and primary). */
export const roadWidthStops = (scale: number): [number, number][] => [
  [8, 0.6 * scale],
  [11, 1.4 * scale],
  [14, 3.2 * scale],
];

/** How much wider each class is than the thinnest; all of them thicker on a beamer. */
export function roadWidthScales(theme: Theme): { minor: number; expressway: number; ring: number } {
  const boost = theme.name === 'projector' ? 1.4 : 1;
  return { minor: 0.8 * boost, expressway: 1.1 * boost, ring: 1.6 * boost };
}

/**
 * Names along the roads: the rings from zoom 9 (二环 … 五环 / 2nd … 5th Ring Rd), expressways from 11,
 * named trunk and primary roads from 13. Drawn with the other labels, above every line.
 */
export function roadLabelLayer(src: string, theme: Theme, language: Language): LayerSpecification {
  const rank: ExpressionSpecification = ['match', ['get', 'class'], 'ring', 0, 'expressway', 1, 2];
  return {
    id: 'road-label',
    type: 'symbol',
    source: src,
    minzoom: 9,
    filter: [
      'all',
      ['==', ['get', 'layer'], 'road'],
      ['any', ['!=', ['get', 'name_zh'], ''], ['!=', ['get', 'name_en'], '']],
      ['match', ['get', 'class'], 'ring', true, 'expressway', ['>=', ['zoom'], 11], ['>=', ['zoom'], 13]],
    ],
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 400,
      'symbol-sort-key': rank,
      'text-font': LABEL_FONTS,
      'text-field': bilingualLabel(language),
      'text-size': ['match', ['get', 'class'], 'ring', 12, 11],
      'text-max-angle': 30,
    },
    paint: {
      'text-color': perFeature(ROAD_COLORS[theme.name].label),
      'text-halo-color': theme.halo,
      'text-halo-width': 1.6,
    },
  };
}
