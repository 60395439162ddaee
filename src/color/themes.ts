import type { ResolvedTheme } from '../state/themes';

/**
 * The one source of the theme colours. The page's custom properties (`src/shell/themes.css`, generated
 * from this table), the basemap's colours (`src/map/style/theme.ts`, which MapLibre needs as concrete
 * strings) and the charts' fallbacks (`src/features/charts/chartCss.ts`) all read it, so a colour is changed,
 * or a theme added, in one place. Zone colours are not here: they do not change with the theme
 * (`palette.ts`).
 */

/** The page's colours, written to CSS as `--<name>`. */
export interface PageTokens {
  bg: string;
  fg: string;
  muted: string;
  panel: string;
  'panel-overlay': string;
  raised: string;
  hover: string;
  border: string;
  accent: string;
  'accent-soft': string;
  focus: string;
  /** Error text and the edge of an error message: text contrast (4.5:1) on every panel background. */
  danger: string;
  'badge-bg': string;
  'badge-border': string;
  shadow: string;
  /** The veil over the map behind a gesture hint ("Use Ctrl + scroll to zoom"), and its text. */
  scrim: string;
  'on-scrim': string;
}

/** The basemap's colours, for the MapLibre style. */
export interface MapTokens {
  land: string;
  districtFill: string;
  districtLine: string;
  water: string;
  text: string;
  textMuted: string;
  halo: string;
  /** Imported features (the visitor's own): a dashed outline in a colour no zone uses, and a faint fill. */
  userOutline: string;
  userFill: string;
  /** The ring roads from street level, and their pale tint at the overview (basemapMute.ts). */
  ring: string;
  ringMuted: string;
  /** The subway's one grey at the overview, where its many colours competed with the zones (basemapMute.ts). */
  subwayMuted: string;
}

export interface ThemeTokens {
  /** The CSS `color-scheme`: form controls and scroll bars follow it. */
  colorScheme: 'light' | 'dark';
  page: PageTokens;
  map: MapTokens;
}

export const THEME_TOKENS: Readonly<Record<ResolvedTheme, ThemeTokens>> = {
  light: {
    colorScheme: 'light',
    page: {
      bg: '#ffffff',
      fg: '#1d1d1f',
      muted: '#5c5850',
      panel: '#ffffff',
      'panel-overlay': '#ffffffee',
      raised: '#f4f2ee',
      hover: '#efece6',
      border: '#d9d4ca',
      accent: '#0063a0',
      'accent-soft': '#dcecf7',
      focus: '#c26a00',
      danger: '#b3261e',
      'badge-bg': '#fff3d6',
      'badge-border': '#d9a53a',
      shadow: '0 2px 12px rgb(0 0 0 / 18%)',
      // Dark enough that white text reads at 4.5:1 over the lightest land.
      scrim: '#000000a6',
      'on-scrim': '#ffffff',
    },
    map: {
      land: '#f3f1ec',
      districtFill: '#ece8df',
      districtLine: '#a89f90',
      water: '#9fcbe0',
      text: '#222222',
      textMuted: '#5f5a52',
      halo: '#ffffff',
      userOutline: '#6a3d9a',
      userFill: '#6a3d9a',
      ring: '#d08a3a',
      ringMuted: '#dcc3a3',
      subwayMuted: '#b3ada3',
    },
  },
  dark: {
    colorScheme: 'dark',
    page: {
      bg: '#15171b',
      fg: '#ece9e4',
      muted: '#aab0b8',
      panel: '#1c1f24',
      'panel-overlay': '#1c1f24ee',
      raised: '#262a31',
      hover: '#2c3139',
      border: '#3a4049',
      accent: '#7cc4f2',
      'accent-soft': '#203a4d',
      focus: '#ffbf47',
      danger: '#ff8a80',
      'badge-bg': '#3b3220',
      'badge-border': '#a5812f',
      shadow: '0 2px 12px rgb(0 0 0 / 55%)',
      // Dark enough that white text reads at 4.5:1 over the lightest land.
      scrim: '#000000a6',
      'on-scrim': '#ffffff',
    },
    map: {
      land: '#1b1e23',
      districtFill: '#23272e',
      districtLine: '#6b7380',
      water: '#2b5a73',
      text: '#e8e6e1',
      textMuted: '#aeb4bd',
      halo: '#121417',
      userOutline: '#c9a7ff',
      userFill: '#c9a7ff',
      ring: '#c28a48',
      ringMuted: '#6b5a46',
      subwayMuted: '#5a616c',
    },
  },
  // Black on white with firm lines: a beamer washes out the light theme's greys.
  projector: {
    colorScheme: 'light',
    page: {
      bg: '#ffffff',
      fg: '#000000',
      muted: '#262626',
      panel: '#ffffff',
      'panel-overlay': '#fffffff2',
      raised: '#f0f0f0',
      hover: '#e6e6e6',
      border: '#4a4a4a',
      accent: '#00508c',
      'accent-soft': '#d6e8f5',
      focus: '#b35900',
      danger: '#a30000',
      'badge-bg': '#fff0c2',
      'badge-border': '#8a6100',
      shadow: '0 2px 10px rgb(0 0 0 / 35%)',
      // Dark enough that white text reads at 4.5:1 over the lightest land.
      scrim: '#000000a6',
      'on-scrim': '#ffffff',
    },
    map: {
      land: '#ffffff',
      districtFill: '#f4f4f4',
      districtLine: '#4a4a4a',
      water: '#5aa9d6',
      text: '#000000',
      textMuted: '#262626',
      halo: '#ffffff',
      userOutline: '#4b0082',
      userFill: '#4b0082',
      ring: '#9a5200',
      ringMuted: '#b08a60',
      subwayMuted: '#8c8c8c',
    },
  },
};
