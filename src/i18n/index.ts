import type { Language } from '../state/appState';
import { coreStrings } from './core';
import { chartStrings } from './charts';

/** Every string table of the app, merged. Add a table here; its keys must hold `en` and `zh`. */
const tables = { ...coreStrings, ...chartStrings };

export type StringKey = keyof typeof tables;

/** The string for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function t(language: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  const template: string = tables[key][language];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

export const allStringKeys = Object.keys(tables) as StringKey[];

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
