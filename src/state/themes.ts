/** The colour themes a visitor can choose, and how `auto` resolves. */

/** `projector`: high contrast and larger text, for slides shown on a beamer in a lit room. */
export const THEME_PREFERENCES = ['auto', 'light', 'dark', 'projector'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type ResolvedTheme = Exclude<ThemePreference, 'auto'>;
/** What an operating system can prefer (prefers-color-scheme). */
export type SystemTheme = 'light' | 'dark';

/** `auto` follows the system (prefers-color-scheme); an explicit choice wins over it. */
export function resolveTheme(preference: ThemePreference, system: SystemTheme): ResolvedTheme {
  return preference === 'auto' ? system : preference;
}
