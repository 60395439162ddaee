import type { MultiPolygon, Polygon } from 'geojson';
import { LIMITS } from './limits';

/** Counts of properties cut short or dropped over a whole import. */
export interface PropertyCounts {
  shortened: number;
  dropped: number;
}

const cap = (text: string, limit: number, counts?: PropertyCounts): string => {
  if (text.length <= limit) return text;
  if (counts) counts.shortened++;
  return `${text.slice(0, limit - 1)}…`;
};

/**
 * A feature's properties as strings, in a record with no prototype: a `__proto__` or `constructor` key
 * is an ordinary own key here and cannot reach Object.prototype. Nested values are written as JSON
 * (their depth is bounded by the parser). Values are text: the page shows them with textContent.
 */
export function flattenProperties(value: unknown, counts: PropertyCounts): Record<string, string> {
  const record = Object.create(null) as Record<string, string>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return record;
  let kept = 0;
  for (const [key, raw] of Object.entries(value)) {
    if (kept === LIMITS.propertiesPerFeature) {
      counts.dropped++;
      continue;
    }
    const text =
      typeof raw === 'string'
        ? raw
        : raw === null || raw === undefined
          ? ''
          : typeof raw === 'object'
            ? JSON.stringify(raw)
            : String(raw);
    record[cap(key, LIMITS.keyLength)] = cap(text, LIMITS.valueLength, counts);
    kept++;
  }
  return record;
}

const NAME_KEYS = ['name', 'Name', 'NAME', 'title', 'Title', 'TITLE', '名称', '名字', '标题'];

/** The name from the first non-empty name-like property, else `<file name> <n>`. */
export function nameOf(properties: Readonly<Record<string, string>>, fileName: string, n: number): string {
  for (const key of NAME_KEYS) {
    const value = properties[key]?.trim();
    if (value) return cap(value, LIMITS.nameLength);
  }
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  return `${cap(base, LIMITS.nameLength - 8)} ${n}`;
}

/**
 * cyrb53 (a public-domain 53-bit string-and-number hash): with 50,000 features a 32-bit FNV-1a would
 * collide about one import in four, 53 bits about once in 7 million. Positions are hashed at 1e-7°
 * (about 1 cm), so the same shape gives the same id whatever the file's number formatting.
 */
function hash(name: string, geometry: Polygon | MultiPolygon): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (k: number) => {
    h1 = Math.imul(h1 ^ k, 2654435761);
    h2 = Math.imul(h2 ^ k, 1597334677);
  };
  for (let i = 0; i < name.length; i++) mix(name.charCodeAt(i));
  mix(geometry.type.length);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    mix(-1);
    for (const ring of polygon) {
      mix(-2);
      for (const p of ring) {
        mix(Math.round(p[0]! * 1e7) | 0);
        mix(Math.round(p[1]! * 1e7) | 0);
      }
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Ids `user-<base36 hash>` (matching the zone-id pattern), `-2`, `-3`… for repeats in one import. */
export function idMaker(): (name: string, geometry: Polygon | MultiPolygon) => string {
  const seen = new Map<string, number>();
  return (name, geometry) => {
    const base = `user-${hash(name, geometry).toString(36)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
