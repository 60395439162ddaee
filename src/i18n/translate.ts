import type { Language } from '../state/appState';
import { fillTemplate } from './format';

/** A string table: each key holds its text in both languages, so neither can be missing. */
export type StringTable = Record<string, { readonly en: string; readonly zh: string }>;

/**
 * The keys of every string table. Each table's module adds its own keys to this interface
 *   declare module '…/i18n/translate' { interface StringKeys extends KeysOf<typeof table> {} }
 * so `t` takes exactly the keys some table declares, wherever that table lives and whenever it loads.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface StringKeys {}

export type StringKey = keyof StringKeys & string;

/** The keys of one table, as `StringKeys` takes them. */
export type KeysOf<T extends StringTable> = { readonly [K in keyof T]: true };

const registered = new Map<string, { readonly en: string; readonly zh: string }>();

/**
 * Adds a table to the one translator and returns it. A feature's table lives in its folder and is
 * registered when its chunk loads, so lazy features keep their words out of the first load.
 */
export function registerStrings<const T extends StringTable>(table: T): T {
  for (const [key, text] of Object.entries(table)) registered.set(key, text);
  return table;
}

/**
 * The one translator: the string for `key` in `language`, with `{name}` placeholders filled from
 * `values`. A key whose table has not loaded reads as the key itself (a bug the tests look for).
 */
export function t(language: Language, key: StringKey, values: Record<string, string | number> = {}): string {
  const text = registered.get(key);
  return text ? fillTemplate(text[language], values) : key;
}

/** The keys registered so far (for tests: which words the first load carries). */
export const registeredKeys = (): string[] => [...registered.keys()];
