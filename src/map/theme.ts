import type { ResolvedTheme } from '../state/themes';

/** The basemap's colours per theme. Zone colours do not change with the theme: they come from the palette. */
export interface Theme {
  name: ResolvedTheme;
  land: string;
  districtFill: string;
  districtLine: string;
  water: string;
  text: string;
  textMuted: string;
  halo: string;
}

export const LIGHT_THEME: Theme = {
  name: 'light',
  land: '#f3f1ec',
  districtFill: '#ece8df',
  districtLine: '#a89f90',
  water: '#9fcbe0',
  text: '#222222',
  textMuted: '#5f5a52',
  halo: '#ffffff',
};

export const DARK_THEME: Theme = {
  name: 'dark',
  land: '#1b1e23',
  districtFill: '#23272e',
  districtLine: '#6b7380',
  water: '#2b5a73',
  text: '#e8e6e1',
  textMuted: '#aeb4bd',
  halo: '#121417',
};

/** Black on white with firm lines: a beamer washes out the light theme's greys. */
export const PROJECTOR_THEME: Theme = {
  name: 'projector',
  land: '#ffffff',
  districtFill: '#f4f4f4',
  districtLine: '#4a4a4a',
  water: '#5aa9d6',
  text: '#000000',
  textMuted: '#262626',
  halo: '#ffffff',
};

export const THEMES: Readonly<Record<ResolvedTheme, Theme>> = {
  light: LIGHT_THEME,
  dark: DARK_THEME,
  projector: PROJECTOR_THEME,
};
