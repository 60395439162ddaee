import { vi } from 'vitest';
type Table = Record<string, { readonly en: string; readonly zh: string }>;

/** The modules that hold string tables: `src/i18n/core.ts` and every `strings.ts` / `…Strings.ts`. */
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../src/i18n/core.ts', '../../src/**/strings.ts', '../../src/**/*Strings.ts'],
  { eager: true },
);

/** Every string table of the atlas, by the module that holds it (`features/compare/strings`, …). */
export const STRING_TABLES: Record<string, Table> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [
    path.replace('../../src/', '').replace(/\.ts$/, ''),
    Object.entries(module).find(([name]) => name.endsWith('Strings'))![1] as Table,
  ]),
);

/** All tables merged: every key the interface can show. */
export const allStrings: Table = Object.assign({}, ...Object.values(STRING_TABLES));

/**
 * The keys the first load registers: the page's wiring imported into fresh modules (so no lazy
 * feature's table is there), then the translator asked what it holds.
 */
export async function firstLoadKeys(): Promise<string[]> {
  vi.resetModules();
  await import('../../src/panels');
  await import('../../src/app');
  const { registeredKeys } = await import('../../src/i18n/translate');
  return registeredKeys();
}
