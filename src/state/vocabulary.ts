/**
 * The words that links (fields.ts) and host messages (messages.ts) share. A leaf module with no imports:
 * the lazily loaded embed API imports it without pulling the state table's imports into chunks of
 * their own (Rolldown split them out of the first chunk when the lazy chunk imported fields.ts: +330 B gzip).
 */

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Zone ids are kebab-case slugs (`cbd-part`, `tianzhu-cbz`), in the data, links, the DOM and messages. */
export const ZONE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The parts of an embedded atlas (`embed=1`) that an embed link may hide (`hide=`): the selected zone's
 * details overlay, the bar (full screen and "open the full atlas") and the map's zoom and reset buttons.
 */
export const EMBED_PARTS = ['details', 'bar', 'controls'] as const;
export type EmbedPart = (typeof EMBED_PARTS)[number];

/** Longest zone id a link or a message may carry; the data's longest is about 35 characters. */
export const MAX_ID_LENGTH = 64;

/** A well-formed zone id (kebab-case, not too long): what links and host messages accept. */
export const isZoneId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && ZONE_ID.test(value);

/** Highest tour step a link or a host message may name (a tour has a few dozen scenes at most). */
export const MAX_TOUR_STEP = 999;
