import type { ResolvedTheme } from '../state/themes';
import type { ThemeTokens } from './themes';

/** Where the generated file lives, and how to write it again after a change to `themes.ts`. */
export const THEME_CSS_PATH = 'src/shell/themes.css';
export const THEME_CSS_COMMAND = 'REGEN=1 npx vitest run --project unit tests/unit/themes.test.ts';

/** camelCase to kebab-case: `districtFill` -> `district-fill`. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function block(selector: string, tokens: ThemeTokens, indent = ''): string {
  const lines = [
    ...Object.entries(tokens.page).map(([name, value]) => `${indent}  --${name}: ${value};`),
    // The basemap's colours too, as --map-*, for the SVG map, which draws the same basemap as MapLibre.
    ...Object.entries(tokens.map).map(([name, value]) => `${indent}  --map-${kebab(name)}: ${value};`),
  ];
  return [`${indent}${selector} {`, ...lines, `${indent}  color-scheme: ${tokens.colorScheme};`, `${indent}}`].join(
    '\n',
  );
}

/**
 * The page's theme custom properties as CSS: light on `:root`, each other theme on its `data-theme`,
 * and dark once more for a page whose script has not yet set `data-theme` while the system prefers
 * dark, so a dark system never flashes light. CSS cannot put a media query and an attribute selector
 * on one rule, so the generated file holds the dark values twice; the table holds them once.
 *
 * @example themeCss(THEME_TOKENS) // the text of src/shell/themes.css
 */
export function themeCss(themes: Readonly<Record<ResolvedTheme, ThemeTokens>>): string {
  return [
    `/* Generated from src/color/themes.ts; do not edit. After a change there: ${THEME_CSS_COMMAND} */`,
    '',
    block(':root', themes.light),
    '',
    block(":root[data-theme='dark']", themes.dark),
    '',
    block(":root[data-theme='projector']", themes.projector),
    '',
    '@media (prefers-color-scheme: dark) {',
    block(':root:not([data-theme])', themes.dark, '  '),
    '}',
    '',
  ].join('\n');
}
