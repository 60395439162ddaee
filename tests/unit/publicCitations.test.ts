import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStrings as stringTables } from './stringTables';

/**
 * Visitors can open a publisher's page, not this repository: no text the atlas shows may point to an
 * internal notes file (facts.md, the seeds' README) or a path in the repository. Citations name the
 * public source instead. `url` fields are checked separately: a web page or `seed:<file>`, which the
 * details panel shows as the article's publisher and title.
 */
const INTERNAL_REFERENCE =
  /facts\.md|SOURCES\.md|README\.md|decisions\.md|\.\.\/shared|\bshared\/(geodata|reference|seeds)|\b(scripts|src|tests|docs|data)\/[\w./-]+|\.(mjs|ts|py)\b|\bfact sheet\b|资料表/i;

/** Every string in a JSON value, with the path that leads to it. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

const dataFiles = readdirSync('data')
  .filter((name) => /\.(json|geojson)$/.test(name))
  .map((name) => join('data', name));

describe('user-facing text cites public sources only', () => {
  it('checks every data file the atlas loads', () => {
    expect(dataFiles).toEqual(
      expect.arrayContaining([
        'data/zones.geojson',
        'data/events.json',
        'data/stats.json',
        'data/pilot-regions.geojson',
      ]),
    );
  });

  it.each(dataFiles)('%s mentions no internal notes file or repository path', (file) => {
    const offending = strings(JSON.parse(readFileSync(file, 'utf8')))
      .filter(([path]) => !/(^|\.)url$/.test(path))
      .filter(([, text]) => INTERNAL_REFERENCE.test(text));
    expect(offending).toEqual([]);
  });

  it('links every citation to a web page or a source article', () => {
    for (const file of dataFiles) {
      const urls = strings(JSON.parse(readFileSync(file, 'utf8'))).filter(([path]) => /(^|\.)url$/.test(path));
      for (const [path, url] of urls)
        expect(url, `${file}: ${path}`).toMatch(/^(https?:\/\/\S+|seed:\d{3}_[0-9a-f]{16}\.txt)$/);
    }
  });

  it('keeps the interface strings free of internal references too', () => {
    const offending = Object.entries(stringTables).filter(
      ([, value]) => INTERNAL_REFERENCE.test(value.en) || INTERNAL_REFERENCE.test(value.zh),
    );
    expect(offending).toEqual([]);
  });

  it('would catch a citation of the notes file', () => {
    expect(INTERNAL_REFERENCE.test('the cargo base (the atlas’s fact sheet, facts.md §3)')).toBe(true);
    expect(INTERNAL_REFERENCE.test('see ../shared/reference/facts.md')).toBe(true);
    expect(INTERNAL_REFERENCE.test('本地图集资料表facts.md第3节')).toBe(true);
    expect(INTERNAL_REFERENCE.test('Beijing Municipal Commerce Bureau press conference, 24 Sep 2020')).toBe(false);
  });
});
