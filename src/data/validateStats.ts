import type { z } from 'zod';
import { DataError, type Validation } from './dataError';
import { statsSchema, type Stats } from './statsSchema';
import { eventsSchema, type Events } from './eventsSchema';
import { pilotRegionsSchema, provincesSchema, type PilotRegions, type Provinces } from './nationalSchema';

/** The id a record goes by: its `id`, a feature's `properties.id`, a `zone_id`, or a group number. */
function recordIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const properties = record['properties'] as Record<string, unknown> | undefined;
  for (const candidate of [record['id'], properties?.['id'], record['zone_id']]) {
    if (typeof candidate === 'string' && candidate) return candidate;
  }
  if (typeof record['group'] === 'number') return `group ${record['group']}`;
  return null;
}

/**
 * Turns a zod issue path such as ["figures", 3, "source", "url"] into the record to blame (the
 * deepest object on the path that has an id) and the field inside it ("source.url").
 */
function describeIssue(file: string, input: unknown, issue: z.core.$ZodIssue): DataError {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  let record: string | null = null;
  let fieldStart = 0;
  let node: unknown = input;
  path.forEach((key, index) => {
    node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
    const id = recordIdOf(node);
    if (id !== null && index < path.length - 1) {
      record = id;
      fieldStart = index + 1;
    }
  });
  let field = path.slice(fieldStart).join('.');
  if (field.startsWith('properties.')) field = field.slice('properties.'.length);
  return new DataError(file, record, field, issue.message);
}

function firstDuplicate(ids: string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** Parses `input` with `schema`, then runs the rules between records; the first problem wins. */
function validateWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  file: string,
  rules: (value: T) => DataError | null = () => null,
): Validation<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeIssue(file, input, parsed.error.issues[0]!) };
  const broken = rules(parsed.data);
  return broken ? { ok: false, error: broken } : { ok: true, value: parsed.data };
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** stats.json: the schema, unique ids, and sums that must add up (areas, best-practice groups). */
export function validateStats(input: unknown, file = 'stats.json'): Validation<Stats> {
  return validateWith(statsSchema, input, file, (stats) => {
    const duplicate = firstDuplicate([...stats.figures.map((f) => f.id), ...stats.series.map((s) => s.id)]);
    if (duplicate) return new DataError(file, duplicate, 'id', 'the id is used twice');
    const { ftz_areas: ftz, best_practice: practice } = stats;
    const areaSum = ftz.areas.reduce((sum, area) => sum + area.area_km2, 0);
    if (!near(areaSum, ftz.total_km2)) {
      return new DataError(file, 'ftz_areas', 'total_km2', `the areas add up to ${areaSum}, not ${ftz.total_km2}`);
    }
    for (const area of ftz.areas) {
      const known = area.parts.reduce((sum, part) => sum + (part.area_km2 ?? 0), 0);
      if (known > area.area_km2 + 0.005) {
        return new DataError(file, area.zone_id, 'parts', `the parts add up to ${known}, more than the area`);
      }
      if (area.unexplained && !near(area.area_km2 - known, area.unexplained.area_km2)) {
        return new DataError(file, area.zone_id, 'unexplained.area_km2', 'does not equal the area minus its parts');
      }
    }
    const cases = practice.groups.reduce((sum, g) => sum + g.cases, 0);
    if (cases !== practice.total_cases) {
      return new DataError(
        file,
        'best_practice',
        'groups',
        `the groups add up to ${cases}, not ${practice.total_cases}`,
      );
    }
    return null;
  });
}

/** events.json: the schema and unique ids. Zone ids are checked against the zones by the tests. */
export function validateEvents(input: unknown, file = 'events.json'): Validation<Events> {
  return validateWith(eventsSchema, input, file, ({ events }) => {
    const duplicate = firstDuplicate(events.map((e) => e.id));
    return duplicate ? new DataError(file, duplicate, 'id', 'the id is used twice') : null;
  });
}

export function validatePilotRegions(input: unknown, file = 'pilot-regions.geojson'): Validation<PilotRegions> {
  return validateWith(pilotRegionsSchema, input, file, ({ features }) => {
    const duplicate = firstDuplicate(features.map((f) => f.properties.id));
    return duplicate ? new DataError(file, duplicate, 'id', 'the id is used twice') : null;
  });
}

export function validateProvinces(input: unknown, file = 'provinces.geojson'): Validation<Provinces> {
  return validateWith(provincesSchema, input, file);
}
