import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_TOKENS } from '../../src/color/themes';
import { THEME_CSS_COMMAND, THEME_CSS_PATH, themeCss } from '../../src/color/themeCss';
import { THEMES } from '../../src/map/style/theme';
import { THEME_COLORS } from '../../src/features/charts/chartCss';
import { THEME_PREFERENCES } from '../../src/state/themes';
import { styleSheets } from './styleSheets';

describe('the theme table', () => {
  it(`is what ${THEME_CSS_PATH} holds (regenerate with ${THEME_CSS_COMMAND})`, () => {
    const expected = themeCss(THEME_TOKENS);
    if (process.env.REGEN) writeFileSync(THEME_CSS_PATH, expected);
    expect(readFileSync(THEME_CSS_PATH, 'utf8')).toBe(expected);
  });

  it('has an entry for every theme a visitor can choose', () => {
    const resolved = THEME_PREFERENCES.filter((theme) => theme !== 'auto');
    expect(Object.keys(THEME_TOKENS).sort()).toEqual([...resolved].sort());
  });

  it('gives the map the same basemap colours, as concrete strings MapLibre can paint', () => {
    for (const [name, tokens] of Object.entries(THEME_TOKENS)) {
      const { name: themeName, ...map } = THEMES[name as keyof typeof THEMES];
      expect(themeName).toBe(name);
      expect(map).toEqual(tokens.map);
      for (const value of Object.values(map)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("falls back, in the charts' CSS, to the light page colours", () => {
    const { page } = THEME_TOKENS.light;
    expect(THEME_COLORS.fg).toBe(`var(--fg, ${page.fg})`);
    expect(THEME_COLORS.grid).toBe(`var(--border, ${page.border})`);
    expect(THEME_COLORS.accent).toBe(`var(--accent, ${page.accent})`);
  });

  it('defines every custom property the style sheets use', () => {
    const sheets = styleSheets().map(({ text }) => text);
    const css = sheets.join('\n');
    const defined = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});
