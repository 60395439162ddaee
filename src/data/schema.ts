import { z } from 'zod/mini';
import { ZONE_KINDS } from './zoneKinds';

// The zones are checked before the first map frame, so their schema uses zod's small functional build
// (about a third of the classic one's bytes). `jitless`: no `new Function` probe, which a strict
// Content Security Policy (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

const text = () => z.string().check(z.minLength(1));

/** A citation: who published a figure, under what title, when, and where to read it. */
export const sourceSchema = z.object({
  publisher: text(),
  title: text(),
  date: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')),
  url: z.string().check(z.regex(/^(https?:\/\/|seed:)/, 'an http(s) URL or seed:<file>')),
});

/** A park named as part of a zone, with the id of its own feature when the map draws it. */
export const parkSchema = z.object({
  name_en: text(),
  name_zh: text(),
  zone: z.optional(z.string()),
});

/**
 * One source's statement of a date, kept beside the others when sources disagree (Tianzhu's start:
 * approved 2008, operating 2009 or 2010), so the atlas shows each with its source instead of picking one.
 */
export const datedClaimSchema = z.object({
  /** What happened: `approved` (the approval) or `operating` (the start of operation). */
  event: z.enum(['approved', 'operating']),
  date: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM or YYYY-MM-DD')),
  claim_en: text(),
  claim_zh: text(),
  source: sourceSchema,
});

export const zonePropertiesSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case slug')),
  name_en: text(),
  name_zh: text(),
  kind: z.enum(ZONE_KINDS),
  parent: z.nullable(z.string()),
  district: z.array(z.string()),
  /** The published figure, or null where no source gives one. Never a derived number. */
  official_area_km2: z.nullable(z.number().check(z.positive())),
  /** What the official figure covers, e.g. "FTZ part of the CBD" versus "original CBD". */
  area_scope: text(),
  /** The same, in Simplified Chinese: the Chinese interface shows no English prose. */
  area_scope_zh: text(),
  /** "approximate": drawn from a published boundary description; "indicative": location only. */
  outline: z.enum(['approximate', 'indicative', 'point']),
  in_ftz: z.boolean(),
  focus_en: z.array(z.string()),
  focus_zh: z.array(z.string()),
  description_en: text(),
  description_zh: text(),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  /** Other names people search for: abbreviations, place names, Chinese short forms (CBD, 亦庄…). */
  aliases: z.optional(z.array(text())),
  /** Where a point or outline was placed and from what (a station, a road, a published boundary). */
  location_note: z.optional(text()),
  /** The same, in Simplified Chinese; required wherever `location_note` is given (see zoneRules.ts). */
  location_note_zh: z.optional(text()),
  /** The id of a zone whose outline this one shares, because the sources give both the same land. */
  same_outline_as: z.optional(z.string()),
  /** Sectors a demonstration zone serves (the "7" of Shunyi's "3+7+N"), in both languages. */
  sectors_en: z.optional(z.array(text())),
  sectors_zh: z.optional(z.array(text())),
  /** Parks a demonstration zone is built on (the "3" of "3+7+N"); `zone` links one drawn on the map. */
  parks: z.optional(z.array(parkSchema)),
  /** Dates the sources give differently, each with its own source (the description sums them up). */
  dated_claims: z.optional(z.array(datedClaimSchema).check(z.minLength(2))),
});

// zod 4 numbers are finite: NaN and Infinity are refused.
const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).check(z.minLength(4));

export const zoneGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  }),
]);

export const zoneFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.optional(z.string()),
  properties: zonePropertiesSchema,
  geometry: zoneGeometrySchema,
});

export const zoneCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(zoneFeatureSchema).check(z.minLength(1)),
});

export type Source = z.infer<typeof sourceSchema>;
export type Park = z.infer<typeof parkSchema>;
export type { ZoneKind } from './zoneKinds';
export type ZoneProperties = z.infer<typeof zonePropertiesSchema>;
export type ZoneGeometry = z.infer<typeof zoneGeometrySchema>;
export type ZoneFeature = z.infer<typeof zoneFeatureSchema>;
export type ZoneCollection = z.infer<typeof zoneCollectionSchema>;
