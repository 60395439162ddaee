import type { z } from 'zod';
import { DataError, type Validation } from './dataError';
import { statsSchema, type Stats } from './statsSchema';
import { eventsSchema, type Events } from './eventsSchema';
import { pilotRegionsSchema, provincesSchema, type PilotRegions, type Provinces } from './nationalSchema';
import { nationalFtzSchema, type FtzFigure, type NationalFtz } from './nationalFtzSchema';

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

/**
 * Why an area figure cannot be published as it stands, or null: a number needs a source, and a status
 * that is not "unverified"; a derived one says how it was derived; an unverified one has no number.
 */
export function ftzFigureProblem(figure: FtzFigure, known: ReadonlySet<string>): string | null {
  const unknown = figure.sources.find((id) => !known.has(id));
  if (unknown) return `source ${unknown} is not in the source list`;
  if (figure.km2 === null) return figure.status === 'unverified' ? null : 'a figure without a number is "unverified"';
  if (figure.status === 'unverified') return 'an unverified figure is not published: its km2 must be null';
  if (figure.sources.length === 0) return 'a figure without a source is not published';
  if (figure.status === 'derived' && !(figure.derivation_en && figure.derivation_zh)) {
    return 'a derived figure says how (derivation_en, derivation_zh)';
  }
  return null;
}

/**
 * national-ftz.json: the schema, unique ids, every figure sourced (ftzFigureProblem), every plan
 * document sourced, and each zone's areas adding up to its current total where all are published.
 */
export function validateNationalFtz(input: unknown, file = 'national-ftz.json'): Validation<NationalFtz> {
  return validateWith(nationalFtzSchema, input, file, ({ ftzs, sources }) => {
    const known = new Set(sources.map((s) => s.id));
    const duplicate = firstDuplicate([...ftzs.map((f) => f.id), ...sources.map((s) => s.id)]);
    if (duplicate) return new DataError(file, duplicate, 'id', 'the id is used twice');
    for (const ftz of ftzs) {
      const areaDuplicate = firstDuplicate(ftz.areas.map((a) => a.id));
      if (areaDuplicate) return new DataError(file, ftz.id, `areas.${areaDuplicate}`, 'the id is used twice');
      const figures: [string, FtzFigure][] = [
        ['approval', ftz.approval],
        ['current', ftz.current],
        ...ftz.areas.map((a): [string, FtzFigure] => [`areas.${a.id}.area`, a.area]),
      ];
      for (const [field, figure] of figures) {
        const problem = ftzFigureProblem(figure, known);
        if (problem) return new DataError(file, ftz.id, field, problem);
      }
      if (ftz.plan.document !== null && ftz.plan.sources.length === 0) {
        return new DataError(file, ftz.id, 'plan.sources', 'a plan document without a source is not published');
      }
      const parts = ftz.areas.map((a) => a.area.km2);
      const sum = parts.reduce<number>((total, km2) => total + (km2 ?? 0), 0);
      if (
        ftz.current.km2 !== null &&
        parts.length > 0 &&
        parts.every((km2) => km2 !== null) &&
        !near(sum, ftz.current.km2)
      ) {
        return new DataError(file, ftz.id, 'areas', `the areas add up to ${sum}, not ${ftz.current.km2}`);
      }
    }
    return null;
  });
}
