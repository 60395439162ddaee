import type { ZoneCollection } from './schema';

/**
 * Finds zones by English name, Chinese name and aliases. Pure and DOM-free: built once from the
 * zones, queried on every keystroke.
 */

/** Where a search term came from. Names outrank aliases. */
export type TermSource = 'name' | 'alias';

interface Term {
  text: string;
  normalized: string;
  source: TermSource;
}

interface Entry {
  id: string;
  terms: Term[];
}

export interface SearchIndex {
  entries: Entry[];
}

export interface SearchHit {
  id: string;
  score: number;
  /** The name or alias that matched, as written, so the suggestion can say "Tianzhu → …". */
  matched: string;
  source: TermSource;
}

/** Case, accents, width and punctuation do not matter: "e-town", "E Town" and "Ｅ－Town" are one term. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SOURCE_BONUS: Record<TermSource, number> = { name: 0.5, alias: 0.25 };

/** How well one term matches: whole term 4, start of term 3, start of a word 2, anywhere 1, else 0. */
function matchQuality(term: string, query: string): number {
  if (term === query) return 4;
  if (term.startsWith(query)) return 3;
  if (term.includes(` ${query}`)) return 2;
  // Chinese has no spaces between words: any substring counts, as does a match that ignores spaces.
  if (term.includes(query) || term.replace(/ /g, '').includes(query.replace(/ /g, ''))) return 1;
  return 0;
}

const term = (text: string, source: TermSource): Term => ({ text, normalized: normalize(text), source });

export function buildSearchIndex(zones: ZoneCollection): SearchIndex {
  return {
    entries: zones.features.map(({ properties: zone }) => ({
      id: zone.id,
      terms: [
        term(zone.name_en, 'name'),
        term(zone.name_zh, 'name'),
        ...(zone.aliases ?? []).map((a) => term(a, 'alias')),
      ].filter((t) => t.normalized !== ''),
    })),
  };
}

/** `index` and, after its zones, features known by one name each (the visitor's imports). */
export const withNamedEntries = (index: SearchIndex, named: readonly { id: string; name: string }[]): SearchIndex => ({
  entries: [...index.entries, ...named.map(({ id, name }) => ({ id, terms: [term(name, 'name')] }))],
});

/** The best matches for `query`, best first; ties keep the data's order. Empty for a blank query. */
export function searchZones(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const wanted = normalize(query);
  if (wanted === '') return [];
  const hits: SearchHit[] = [];
  for (const entry of index.entries) {
    let best: SearchHit | null = null;
    for (const t of entry.terms) {
      const quality = matchQuality(t.normalized, wanted);
      if (quality === 0) continue;
      const score = quality + SOURCE_BONUS[t.source];
      if (!best || score > best.score) best = { id: entry.id, score, matched: t.text, source: t.source };
    }
    if (best) hits.push(best);
  }
  // Array.prototype.sort is stable, so equal scores keep the data's order.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
