import type { Language } from '../state/appState';
import { coreStrings } from './core';
import { zoneDetailStrings } from './zoneDetails';
import { panelStrings } from './panels';
import { chartStrings } from './charts';

/** Every string table of the app, merged. Add a table here; its keys must hold `en` and `zh`. */
const tables = { ...coreStrings, ...zoneDetailStrings, ...panelStrings, ...chartStrings };

export type StringKey = keyof typeof tables;

/** The string for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function t(language: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  const template: string = tables[key][language];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

export const allStringKeys = Object.keys(tables) as StringKey[];

/** The raw table, for tests that check every key has both languages. */
export const stringTables: Readonly<Record<StringKey, { en: string; zh: string }>> = tables;

export { formatArea, formatNumber, langTag, localized, otherLanguage, zoneName, zoneNames } from './format';
