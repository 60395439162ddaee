import { vi } from 'vitest';
import { coreStrings } from '../../src/i18n/core';
import { chartStrings } from '../../src/features/charts/strings';
import { compareStrings } from '../../src/features/compare/strings';
import { embedStrings } from '../../src/features/embed/strings';
import { exploreStrings } from '../../src/features/explore/strings';
import { mapImageStrings } from '../../src/features/map-image/strings';
import { layOverStrings } from '../../src/features/planner/layOverStrings';
import { plannerStrings } from '../../src/features/planner/strings';
import { shareStrings } from '../../src/features/share/strings';
import { siteStrings } from '../../src/features/sites/strings';
import { tourStrings } from '../../src/features/tour/strings';
import { shellStrings } from '../../src/shell/strings';

type Table = Record<string, { readonly en: string; readonly zh: string }>;

/** Every string table of the atlas, by the module that holds it. */
export const STRING_TABLES: Record<string, Table> = {
  'i18n/core': coreStrings,
  'shell/strings': shellStrings,
  'features/explore/strings': exploreStrings,
  'features/planner/layOverStrings': layOverStrings,
  'features/compare/strings': compareStrings,
  'features/embed/strings': embedStrings,
  'features/charts/strings': chartStrings,
  'features/map-image/strings': mapImageStrings,
  'features/planner/strings': plannerStrings,
  'features/share/strings': shareStrings,
  'features/sites/strings': siteStrings,
  'features/tour/strings': tourStrings,
};

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
