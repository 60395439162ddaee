import { z } from 'zod';
import { sourceSchema } from './schema';
import { slugSchema, statusSchema } from './statsSchema';

const text = z.string().min(1);
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * Where the map should go for an event: the zones it concerns (the map fits their outlines), or a
 * point. A point says how precise it is in `location`, e.g. "approximate: Olympic Park".
 */
export const eventPlaceSchema = z.union([
  z.object({ zone_ids: z.array(slugSchema).min(1) }).strict(),
  z
    .object({
      lnglat: lngLat,
      name_en: text,
      name_zh: text,
      location: text,
      zoom: z.number().min(0).max(22),
    })
    .strict(),
]);

export const eventSchema = z.object({
  id: slugSchema,
  /** YYYY-MM-DD, or YYYY-MM where the source gives only the month. */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM or YYYY-MM-DD'),
  /** "event": the date of the milestone itself; "report": the date it was reported (exact date not given). */
  date_basis: z.enum(['event', 'report']),
  title_en: text,
  title_zh: text,
  status: statusSchema,
  place: eventPlaceSchema.optional(),
  source: sourceSchema,
  also: z.array(sourceSchema).optional(),
});

export const eventsSchema = z.object({
  events: z.array(eventSchema).min(1),
});

export type EventPlace = z.infer<typeof eventPlaceSchema>;
export type AtlasEvent = z.infer<typeof eventSchema>;
export type Events = z.infer<typeof eventsSchema>;
