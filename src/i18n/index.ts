import { coreStrings } from './core';
import { translator } from './translate';
import { compareToggleStrings } from '../features/compare/toggleStrings';
import { exploreStrings } from '../features/explore/strings';
import { layOverStrings } from '../features/planner/layOverStrings';

/**
 * The string tables of the first load, merged. Add a table here; its keys must hold `en` and `zh`.
 * Features that load late keep their own table and `t` (the charts: `i18n/chartText.ts`; the comparison
 * panel: `i18n/compare.ts`).
 */
const tables = {
  ...coreStrings,
  ...zoneDetailStrings,
  ...panelStrings,
  ...compareToggleStrings,
  ...plannerHookStrings,
};

export type StringKey = keyof typeof tables;

/** The string for `key` in `language`, with `{name}` placeholders filled from `values`. */
export const t = translator(tables);

export const allStringKeys = Object.keys(tables) as StringKey[];

/** The raw table, for tests that check every key has both languages. */
export const stringTables: Readonly<Record<StringKey, { en: string; zh: string }>> = tables;

export { formatArea, formatNumber, langTag, localized, otherLanguage, zoneName, zoneNames } from './format';
