import { z } from 'zod/mini';
import { sourceSchema } from './schema';

/**
 * The guided tour's scenes (data/tour.json). Each says where the camera goes, which zones it is about,
 * which layer groups show, a title and caption in both languages, and the sources of every figure it
 * quotes. Checked when the tour loads (tour.ts) and, against the zones and layers, in
 * tests/unit/tourSchema.test.ts.
 */

const text = () => z.string().check(z.minLength(1));

/**
 * A cited source, with an optional note of what it says (its figures, in its own words): the tour's
 * unit test finds every figure of a caption in a cited source's title, date or note, or in the facts
 * table (data/facts.json) under that source's address.
 */
export const tourSourceSchema = z.extend(sourceSchema, { note: z.optional(text()) });

export const tourCameraSchema = z.object({
  center: z.tuple([z.number(), z.number()]),
  zoom: z.number(),
  bearing: z.number().check(z.gte(-180), z.lte(180)),
  pitch: z.number().check(z.gte(0), z.lte(60)),
});

export const tourSceneSchema = z.object({
  /** A stable slug, for tests and for people editing the file. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  camera: tourCameraSchema,
  /** Zone ids; the first is selected (its outline highlighted and its details opened). May be empty. */
  zones: z.array(z.string()),
  /** The layer groups shown during the scene (names from state/layerGroups.ts). */
  layers: z.array(z.string()),
  title_en: text(),
  title_zh: text(),
  caption_en: text(),
  caption_zh: text(),
  /** Where its figures come from; required (non-empty) whenever the title or caption has a digit. */
  sources: z.array(tourSourceSchema),
  /**
   * A chart (its id in src/features/charts/registry.ts) that shows what the map cannot, e.g. regions far
   * outside the map's bounds; the caption opens it.
   */
  chart: z.optional(z.enum(['pilot-regions'])),
});

export const tourSchema = z.object({ scenes: z.array(tourSceneSchema).check(z.minLength(1)) });

export type TourScene = z.infer<typeof tourSceneSchema>;
export type Tour = z.infer<typeof tourSchema>;

/** True when a scene's text quotes a number (any digit, in either language). */
export const quotesFigure = (scene: TourScene): boolean =>
  /\d/.test([scene.title_en, scene.title_zh, scene.caption_en, scene.caption_zh].join(' '));
