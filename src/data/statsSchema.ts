import { z } from 'zod';
import { sourceSchema } from './schema';

/** Kebab-case ids, the same convention as the zone ids, so they can be used in the DOM and in tests. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case slug');

/**
 * How far a number can be trusted, with the labels of facts.md: confirmed by an official or two
 * independent sources; given by a single source; derived (computed from sourced numbers); estimate.
 */
export const statusSchema = z.enum(['confirmed', 'single', 'derived', 'estimate']);

/** A year ("2019"), a month ("2020-08"), or a span between two of those ("2015/2019", "2020-01/2020-07"). */
export const periodSchema = z
  .string()
  .regex(/^\d{4}(-\d{2})?(\/\d{4}(-\d{2})?)?$/, 'a period as YYYY, YYYY-MM or start/end of those');

const text = z.string().min(1);

export const figureSchema = z.object({
  id: slugSchema,
  topic: z.enum([
    'economy',
    'investment',
    'services-trade',
    'haidian',
    'shunyi',
    'e-commerce',
    'pilot-programme',
    'demonstration-zone',
  ]),
  /** The number itself, in `unit`; `display_en`/`display_zh` say it the way the source does. */
  value: z.number().finite(),
  unit: z.enum(['percent', 'percent-change', 'share', 'usd-billion', 'cny-trillion', 'count', 'km2', 'fold']),
  /** The source's own hedge ("about 140,000", "nearly ¥1.1 trillion"), or null for an exact figure. */
  qualifier: z.enum(['about', 'nearly', 'more-than']).nullable(),
  display_en: text,
  display_zh: text,
  label_en: text,
  label_zh: text,
  period: periodSchema,
  status: statusSchema,
  /** Shown as a key-figure card. */
  card: z.boolean().optional(),
  /** The zone the figure is about, for linking the card to the map. */
  zone_id: slugSchema.optional(),
  note_en: text.optional(),
  note_zh: text.optional(),
  source: sourceSchema,
  /** Further sources that give the same figure. */
  also: z.array(sourceSchema).optional(),
});

export const seriesPointSchema = z.object({
  period: z.string().regex(/^\d{4}$/, 'a year'),
  value: z.number().finite(),
  status: statusSchema,
  /** Set when the value replaces an earlier published one (e.g. after an economic census). */
  revision: z
    .object({ original_value: z.number().finite(), note_en: text, note_zh: text, source: sourceSchema })
    .optional(),
  note_en: text.optional(),
  note_zh: text.optional(),
  source: sourceSchema,
  also: z.array(sourceSchema).optional(),
});

export const seriesSchema = z.object({
  id: slugSchema,
  label_en: text,
  label_zh: text,
  unit: z.enum(['percent']),
  note_en: text,
  note_zh: text,
  points: z.array(seriesPointSchema).min(1),
});

const areaPartSchema = z.object({
  zone_id: slugSchema,
  name_en: text,
  name_zh: text,
  /** Null where no source publishes the part's area. */
  area_km2: z.number().positive().nullable(),
  source: sourceSchema,
});

export const ftzBreakdownSchema = z.object({
  total_km2: z.number().positive(),
  label_en: text,
  label_zh: text,
  status: statusSchema,
  source: sourceSchema,
  also: z.array(sourceSchema).optional(),
  areas: z
    .array(
      z.object({
        zone_id: slugSchema,
        name_en: text,
        name_zh: text,
        area_km2: z.number().positive(),
        source: sourceSchema,
        parts: z.array(areaPartSchema),
        /** The part of the area that no published part accounts for (derived). */
        unexplained: z
          .object({ area_km2: z.number().positive(), status: z.literal('derived'), note_en: text, note_zh: text })
          .optional(),
      }),
    )
    .min(1),
});

export const bestPracticeSchema = z.object({
  label_en: text,
  label_zh: text,
  total_cases: z.number().int().positive(),
  pilot_regions: z.number().int().positive(),
  source: sourceSchema,
  groups: z
    .array(
      z
        .object({
          group: z.number().int().positive(),
          cases: z.number().int().positive(),
          status: statusSchema,
          released: z.string().optional(),
          derivation_en: text.optional(),
          derivation_zh: text.optional(),
          source: sourceSchema,
          also: z.array(sourceSchema).optional(),
        })
        .refine((g) => g.status !== 'derived' || (g.derivation_en && g.derivation_zh), {
          message: 'a derived value says how it was derived (derivation_en, derivation_zh)',
          path: ['derivation_en'],
        }),
    )
    .min(1),
  highlights: z.array(
    z.object({
      n: z.number().int().positive(),
      label_en: text,
      label_zh: text,
      examples: z.array(z.object({ city_en: text, city_zh: text, text_en: text, text_zh: text })).min(1),
      source: sourceSchema,
    }),
  ),
});

const namedItem = z.object({ id: slugSchema, name_en: text, name_zh: text, zone_id: slugSchema.optional() });

export const shunyiModelSchema = z.object({
  label_en: text,
  label_zh: text,
  area_km2: z.number().positive(),
  companies_signed: z.number().int().positive(),
  zone_id: slugSchema.optional(),
  companies_named: z.array(z.object({ en: text, zh: text })),
  parks: z.array(namedItem).min(1),
  sectors: z.array(namedItem).min(1),
  n: z.object({ label_en: text, label_zh: text }),
  source: sourceSchema,
});

export const statsSchema = z.object({
  figures: z.array(figureSchema).min(1),
  series: z.array(seriesSchema).min(1),
  ftz_areas: ftzBreakdownSchema,
  best_practice: bestPracticeSchema,
  shunyi_model: shunyiModelSchema,
});

export type Status = z.infer<typeof statusSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type FtzBreakdown = z.infer<typeof ftzBreakdownSchema>;
export type BestPractice = z.infer<typeof bestPracticeSchema>;
export type ShunyiModel = z.infer<typeof shunyiModelSchema>;
export type Stats = z.infer<typeof statsSchema>;
