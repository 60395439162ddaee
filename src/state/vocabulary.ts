/**
 * The words that links (fields.ts) and host messages (messages.ts) share. A leaf module with no imports:
 * the lazily loaded embed API imports it without pulling the state table's imports into chunks of
 * their own (Rolldown split them out of the first chunk when the lazy chunk imported fields.ts: +330 B gzip).
 */

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Zone ids are kebab-case slugs (`cbd-part`, `tianzhu-cbz`), in the data, links, the DOM and messages. */
export const ZONE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Highest tour step a link or a host message may name (a tour has a few dozen scenes at most). */
export const MAX_TOUR_STEP = 999;
