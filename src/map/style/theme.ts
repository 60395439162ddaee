import type { ResolvedTheme } from '../../state/themes';
import { THEME_TOKENS, type MapTokens } from '../../color/themes';

/**
 * The basemap's colours per theme, from the one theme table (`src/color/themes.ts`). Zone colours do
 * not change with the theme: they come from the palette.
 */
export interface Theme extends MapTokens {
  name: ResolvedTheme;
}

const themeOf = (name: ResolvedTheme): Theme => ({ name, ...THEME_TOKENS[name].map });

export const LIGHT_THEME: Theme = themeOf('light');
export const DARK_THEME: Theme = themeOf('dark');
/** Black on white with firm lines: a beamer washes out the light theme's greys. */
export const PROJECTOR_THEME: Theme = themeOf('projector');

export const THEMES: Readonly<Record<ResolvedTheme, Theme>> = {
  light: LIGHT_THEME,
  dark: DARK_THEME,
  projector: PROJECTOR_THEME,
};
