import type { z } from 'zod/mini';
import { zoneCollectionSchema, type ZoneCollection } from './schema';
import { zoneRuleViolations } from './zoneRules';
import { DataError, type Validation } from './dataError';

/**
 * A short English reason for a zod issue. The small zod build ships no messages of its own (it says
 * "Invalid input"), so the common cases are worded here; a schema's own message (a regex's) wins.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `needs at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any allowed shape';
    default:
      return issue.message || 'is not valid';
  }
}

/** Names the feature behind a zod issue path such as ["features", 3, "properties", "name_en"]. */
function describeIssue(file: string, input: unknown, issue: z.core.$ZodIssue): DataError {
  const path = issue.path.map(String);
  let featureId: string | null = null;
  let fieldPath = path;
  if (path[0] === 'features' && path.length > 1) {
    const index = Number(path[1]);
    const features = (input as { features?: unknown[] }).features ?? [];
    const feature = features[index] as { id?: unknown; properties?: { id?: unknown } } | undefined;
    const id = feature?.properties?.id ?? feature?.id;
    featureId = typeof id === 'string' ? id : `#${index}`;
    fieldPath = path.slice(2);
    if (fieldPath[0] === 'properties') fieldPath = fieldPath.slice(1);
  }
  return new DataError(file, featureId, fieldPath.join('.'), issueMessage(issue));
}

/**
 * Checks a parsed zones file against the schema and the rules between features (src/data/zoneRules.ts:
 * unique ids, references that exist, FTZ membership, map bounds…). Returns the typed collection, or the
 * first problem found.
 */
export function validateZones(input: unknown, file = 'zones.geojson'): Validation<ZoneCollection> {
  const parsed = zoneCollectionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeIssue(file, input, parsed.error.issues[0]!) };
  const [first] = zoneRuleViolations(parsed.data.features);
  if (first) return { ok: false, error: new DataError(file, first.featureId, first.field, first.problem) };
  return { ok: true, value: parsed.data };
}
