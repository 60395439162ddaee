import { z } from 'zod';
import { slugSchema } from './statsSchema';

/**
 * China's pilot free trade zones (data/national-ftz.json): each zone's names, batch, plan document,
 * total area at approval and now, and its areas (片区), every figure with its status and numbered
 * sources. A figure no source gives is not published: `km2` null with status "unverified".
 */

const text = z.string().min(1);
const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
/** A numbered source of the reference notes, e.g. "S01". */
const sourceId = z.string().regex(/^S\d{2}$/, 'a source id such as S01');

/**
 * The labels of the reference notes: confirmed (official, or two independent sources), single (one
 * non-official source), derived (computed from sourced figures), unverified (no source: not published).
 */
export const ftzStatusSchema = z.enum(['confirmed', 'single', 'derived', 'unverified']);

/** One area figure in km². The rules between fields (a number needs a source…) are in validateStats.ts. */
export const ftzFigureSchema = z.object({
  km2: z.number().positive().nullable(),
  status: ftzStatusSchema,
  sources: z.array(sourceId),
  derivation_en: text.optional(),
  derivation_zh: text.optional(),
  note_en: text.optional(),
  note_zh: text.optional(),
});

export const ftzAreaSchema = z.object({
  id: slugSchema,
  name_en: text,
  name_zh: text,
  area: ftzFigureSchema,
});

export const ftzPlanSchema = z.object({
  /** The State Council's document number, or null where none was found. */
  document: text.nullable(),
  signed: date.nullable(),
  published: date.nullable(),
  status: ftzStatusSchema,
  sources: z.array(sourceId),
});

export const ftzSchema = z.object({
  id: slugSchema,
  name_en: text,
  name_zh: text,
  batch: z.number().int().min(2013).max(2100),
  /** The province's id in provinces.geojson (its division code, e.g. "310000" for Shanghai). */
  province: z.string().regex(/^\d{6}$/, 'a province id such as 310000'),
  plan: ftzPlanSchema,
  /** Hainan: the whole island, not a set of areas. */
  whole_island: z.boolean().optional(),
  approval: ftzFigureSchema,
  current: ftzFigureSchema,
  /** How many areas the zone counts today; null for a whole island. */
  area_count: z.number().int().positive().nullable(),
  area_count_note_en: text.optional(),
  area_count_note_zh: text.optional(),
  areas: z.array(ftzAreaSchema),
});

export const ftzSourceSchema = z.object({
  id: sourceId,
  /** Who published it, as the notes describe the site (the notes record no page titles). */
  publisher: text,
  date: date.nullable(),
  /** The address as read (some were recorded shortened, with "…"); null for a file whose address was not kept. */
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'an http(s) address')
    .nullable(),
  /** The exact sentence(s) the figure comes from. */
  quote: text,
});

export const nationalFtzSchema = z.object({
  as_of: date,
  note_en: text,
  note_zh: text,
  ftzs: z.array(ftzSchema).min(1),
  sources: z.array(ftzSourceSchema).min(1),
});

export type FtzStatus = z.infer<typeof ftzStatusSchema>;
export type FtzFigure = z.infer<typeof ftzFigureSchema>;
export type FtzArea = z.infer<typeof ftzAreaSchema>;
export type Ftz = z.infer<typeof ftzSchema>;
export type FtzSource = z.infer<typeof ftzSourceSchema>;
export type NationalFtz = z.infer<typeof nationalFtzSchema>;
