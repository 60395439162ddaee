import type { Language } from '../state/appState';
import { coreStrings } from './core';
import { zoneDetailStrings } from './zoneDetails';
import { exploreStrings } from './explore';
import { chartStrings } from './charts';

/** Every string table of the app, merged. Add a table here; its keys must hold `en` and `zh`. */
const tables = { ...coreStrings, ...zoneDetailStrings, ...exploreStrings, ...chartStrings };

export type StringKey = keyof typeof tables;

/** The string for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function t(language: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  const template: string = tables[key][language];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

export const allStringKeys = Object.keys(tables) as StringKey[];

/** The raw table, for tests that check every key has both languages. */
export const stringTables: Readonly<Record<StringKey, { en: string; zh: string }>> = tables;

/**
 * Formats an area in km². Official figures keep the precision they were published with (5.466 stays
 * 5.466); pass `decimals` for computed areas, which should not look more precise than they are.
 */
export function formatArea(language: Language, km2: number, decimals?: number): string {
  const number = km2.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 3,
  });
  return language === 'zh' ? `${number} 平方公里` : `${number} km²`;
}

/** The zone's name in `language`, and its name in the other language. */
export function zoneNames(zone: { name_en: string; name_zh: string }, language: Language): [string, string] {
  return language === 'zh' ? [zone.name_zh, zone.name_en] : [zone.name_en, zone.name_zh];
}

/** The BCP 47 tag for `lang` attributes: Simplified Chinese, so fonts pick the right glyph variants. */
export const langTag = (language: Language): string => (language === 'zh' ? 'zh-CN' : 'en');
