import type { Language } from '../state/appState';
import { coreStrings } from './core';
import { zoneDetailStrings } from './zoneDetails';
import { panelStrings } from './panels';
import { chartStrings } from './charts';
import { compareToggleStrings } from './compareToggle';
import { fillTemplate } from './format';

/** Every string table of the app, merged. Add a table here; its keys must hold `en` and `zh`. */
const tables = { ...coreStrings, ...zoneDetailStrings, ...panelStrings, ...chartStrings, ...compareToggleStrings };

export type StringKey = keyof typeof tables;

/** The string for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function t(language: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(tables[key][language], values);
}

export const allStringKeys = Object.keys(tables) as StringKey[];

/** The raw table, for tests that check every key has both languages. */
export const stringTables: Readonly<Record<StringKey, { en: string; zh: string }>> = tables;

export { formatArea, formatNumber, langTag, localized, otherLanguage, zoneName, zoneNames } from './format';
