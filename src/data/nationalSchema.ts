import { z } from 'zod';
import { sourceSchema } from './schema';
import { slugSchema } from './statsSchema';

const text = z.string().min(1);
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** One of the 28 regions of the services-trade innovation pilot, as a point (WGS84). */
export const pilotRegionSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: slugSchema,
    name_en: text,
    name_zh: text,
    /** The English province name, as in provinces.geojson, for checking the point. */
    province: text,
    kind: z.enum(['municipality', 'province', 'city', 'new-area']),
    /** How precise the point is, e.g. "approximate city centre". */
    location: text,
    scope_en: text.optional(),
    scope_zh: text.optional(),
    source: sourceSchema,
  }),
  geometry: z.object({ type: z.literal('Point'), coordinates: position }),
});

export const pilotRegionsSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(pilotRegionSchema).min(1),
});

const ring = z.array(position).min(4);

/** China's provinces (CTAmap 2023, simplified), only for the small national map. */
export const provinceSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ id: z.string().min(1), name: text, 地名: text }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]),
});

export const provincesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(provinceSchema).min(1),
});

export type PilotRegion = z.infer<typeof pilotRegionSchema>;
export type PilotRegions = z.infer<typeof pilotRegionsSchema>;
export type Province = z.infer<typeof provinceSchema>;
export type Provinces = z.infer<typeof provincesSchema>;
