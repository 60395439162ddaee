import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatArea } from '../../src/i18n/index';
import { ZONE_KINDS } from '../../src/data/zoneKinds';
import { BASEMAP_GROUPS, BASEMAPS } from '../../src/state/layerGroups';
import { THEME_PREFERENCES } from '../../src/state/themes';
import { chartStrings } from '../../src/features/charts/strings';
import { compareStrings, t } from '../../src/features/compare/strings';
import { allStrings as stringTables, firstLoadKeys as registeredByFirstLoad, STRING_TABLES } from './stringTables';

/** Every table: the first load's and each lazy feature's (which loads with its feature). */
const allStringKeys = Object.keys(stringTables);
let firstLoadKeys: string[] = [];
beforeAll(async () => {
  firstLoadKeys = await registeredByFirstLoad();
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string tables', () => {
  it('give every key a non-empty English and Chinese string', () => {
    expect(allStringKeys.length).toBeGreaterThan(50);
    for (const key of allStringKeys) {
      const entry = stringTables[key]!;
      expect(entry.en.trim(), `${key}.en`).not.toBe('');
      expect(entry.zh.trim(), `${key}.zh`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of allStringKeys) {
      expect(placeholders(stringTables[key]!.zh), key).toEqual(placeholders(stringTables[key]!.en));
    }
  });

  it('write the Chinese strings in Chinese (or, for pure templates, with Chinese punctuation; figures alone are the same in both)', () => {
    for (const key of allStringKeys) {
      const zh = stringTables[key]!.zh;
      const words = zh.replace(/\{\w+\}/g, '');
      // "1920 × 1080" has no words to translate: digits and symbols read the same in both languages.
      const figuresOnly = /^[\s\p{N}\p{S}]+$/u.test(words) && /\p{N}/u.test(words);
      const chinese =
        /\p{Script=Han}/u.test(words) || figuresOnly || (/^[\s\p{P}]+$/u.test(words) && zh !== stringTables[key]!.en);
      expect(chinese, `${key}: ${zh}`).toBe(true);
    }
  });

  it('cover every zone kind, layer group, basemap and theme the UI can show', () => {
    // The page and the map show these before the charts load: they belong to the first-load tables.
    const keys = new Set<string>(firstLoadKeys);
    for (const kind of ZONE_KINDS) {
      expect(keys).toContain(`kind.${kind}`);
      expect(keys).toContain(`group.${kind}`);
    }
    for (const group of BASEMAP_GROUPS) expect(keys).toContain(`layers.${group}`);
    for (const basemap of BASEMAPS) expect(keys).toContain(`basemap.${basemap}`);
    for (const theme of THEME_PREFERENCES) expect(keys).toContain(`theme.${theme}`);
  });
});

it('keeps the charts’ strings out of the first load, and no key in both', () => {
  for (const key of Object.keys(chartStrings)) expect(firstLoadKeys, key).not.toContain(key);
});

describe('the tables', () => {
  it('declare each key once, in one table', () => {
    expect(Object.keys(STRING_TABLES)).toContain('features/charts/strings');
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [table, strings] of Object.entries(STRING_TABLES)) {
      for (const key of Object.keys(strings)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${table}`);
        seen.set(key, table);
      }
    }
    expect(twice).toEqual([]);
  });

  it('of the first load are registered by the first load’s code, and no lazy feature’s is', () => {
    const eager = ['i18n/core', 'shell/strings', 'features/explore/strings', 'features/planner/layOverStrings'];
    const expected = eager.flatMap((table) => Object.keys(STRING_TABLES[table]!));
    expect([...firstLoadKeys].sort()).toEqual(expected.sort());
  });
});

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'search.noResults', { query: 'Pudong' })).toBe('No zone matches “Pudong”');
    expect(t('zh', 'search.noResults', { query: '浦东' })).toBe('没有与“浦东”匹配的区域');
    expect(t('en', 'search.noResults')).toBe('No zone matches “{query}”');
  });
});

describe('formatArea', () => {
  it('keeps published precision and uses each language’s unit', () => {
    expect(formatArea('en', 5.466)).toBe('5.466 km²');
    expect(formatArea('zh', 48.34)).toBe('48.34 平方公里');
    expect(formatArea('en', 47.2912, 2)).toBe('47.29 km²');
  });
});

describe('the comparison panel’s own string table (loaded with the panel, not merged)', () => {
  it('gives every key English and Chinese with the same placeholders, and fills them', () => {
    for (const [key, entry] of Object.entries(compareStrings)) {
      expect(entry.en.trim(), `${key}.en`).not.toBe('');
      expect(/\p{Script=Han}/u.test(entry.zh), `${key}.zh`).toBe(true);
      expect(placeholders(entry.zh), key).toEqual(placeholders(entry.en));
      expect(firstLoadKeys as string[], `${key} is in both tables`).not.toContain(key);
    }
    expect(t('zh', 'compare.remove', { name: '金盏' })).toBe('从对比中移除金盏');
  });
});

describe('each part of the page', () => {
  it('shows only its own words and the core ones, so its table is loaded wherever its code runs', () => {
    // A feature's table registers with the feature's code (lazy features' in their chunk): a key of
    // another feature's table could read as the bare key where that feature has not loaded.
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .map((path) => join('src', path));
    const unitOf = (file: string) => {
      const parts = file.split(sep);
      return parts[1] === 'features' ? parts.slice(0, 3).join('/') : parts[1]!;
    };
    const tableOf = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (text.includes('registerStrings({')) {
        for (const [, key] of text.matchAll(/^ {2}'([\w.-]+)':/gm)) tableOf.set(key!, file);
      }
    }
    const borrowed = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+\.[\w.-]+)'/g)]
        .map(([, key]) => [key!, tableOf.get(key!)] as const)
        .filter(([, table]) => table !== undefined && unitOf(table) !== 'i18n' && unitOf(table) !== unitOf(file))
        .map(([key, table]) => `${file} uses ${key} of ${table}`),
    );
    expect(tableOf.size).toBeGreaterThan(300);
    expect(borrowed).toEqual([]);
  });
});
