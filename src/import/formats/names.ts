import type { Bilingual } from '../types';
import type { ImportFormat } from './format';

/** Formats in the list's order, those of one family (`family`, else their own `id`) together. */
function families(formats: readonly ImportFormat[]): ImportFormat[][] {
  const byFamily = new Map<string, ImportFormat[]>();
  for (const format of formats) {
    const family = format.family ?? format.id;
    byFamily.set(family, [...(byFamily.get(family) ?? []), format]);
  }
  return [...byFamily.values()];
}

/** Chinese puts a space between a Latin letter or digit and a Chinese word, none beside full-width signs. */
const latinAt = (text: string, index: number) => /[A-Za-z0-9]/.test(text.at(index) ?? '');
const joinZh = (left: string, word: string, right: string) =>
  `${left}${latinAt(left, -1) ? ' ' : ''}${word}${latinAt(right, 0) ? ' ' : ''}${right}`;

/** "A, B or C" (English), "A、B或C" (Chinese, spaced beside Latin words). */
function orList(items: readonly string[], language: keyof Bilingual): string {
  if (items.length < 2) return items[0] ?? '';
  const head = items.slice(0, -1).join(language === 'en' ? ', ' : '、');
  return language === 'en' ? `${head} or ${items.at(-1)!}` : joinZh(head, '或', items.at(-1)!);
}

/** One family as named in a message: "KML or KMZ (.kml, .kmz)", "KML 或 KMZ（.kml、.kmz）". */
function familyName(family: readonly ImportFormat[], language: keyof Bilingual): string {
  const names = family.map((format) => format.label[language]);
  const extensions = family.flatMap((format) => format.extensions);
  if (language === 'en') return `${names.join(' or ')} (${extensions.join(', ')})`;
  return `${names.reduce((left, right) => joinZh(left, '或', right))}（${extensions.join('、')}）`;
}

/**
 * The formats as the `unknown-format` refusal names them: "GeoJSON (.geojson, .json), KML or KMZ
 * (.kml, .kmz) or a zipped shapefile (.zip)" and its Chinese.
 */
export function formatNames(formats: readonly ImportFormat[]): Bilingual {
  const grouped = families(formats);
  const named = (language: keyof Bilingual) =>
    orList(
      grouped.map((family) => familyName(family, language)),
      language,
    );
  return { en: named('en'), zh: named('zh') };
}
