import type { Language } from '../state/appState';
import { fillTemplate } from './format';

/** A string table: each key holds its text in both languages, so neither can be missing. */
export type StringTable = Record<string, { en: string; zh: string }>;

/**
 * The `t(language, key, values)` function of a table: the string for `key` in `language`, with
 * `{name}` placeholders filled from `values`. Each feature that loads late (the charts) has its own
 * table and `t`, so its strings stay out of the first download.
 */
export function translator<T extends StringTable>(table: T) {
  return (language: Language, key: keyof T & string, values: Record<string, string | number> = {}): string => {
    return fillTemplate(table[key]![language], values);
  };
}
