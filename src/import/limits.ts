/**
 * What one import may hold. The figures are stated in the refusal messages (messages.ts), so a visitor
 * knows what to split or simplify. Issue 12 asks for 10,000 polygons in ≤ 3 s and linear time up to
 * 50,000, so the feature limit leaves room above that; a single ring of a million vertices is refused.
 */
export const LIMITS = {
  /** Bytes of the file as read from disk (a zip counts compressed). */
  fileBytes: 64 * 1024 * 1024,
  /** Polygon features kept after repair. */
  features: 100_000,
  /** Vertices over all kept features. */
  totalVertices: 3_000_000,
  /** Vertices of any one ring. */
  ringVertices: 500_000,
  /** Nesting of JSON arrays and objects (GeoJSON needs about 8; properties may nest a little). */
  depth: 64,
  /** Properties kept per feature, and the length of a key and of a value (characters). */
  propertiesPerFeature: 100,
  keyLength: 100,
  valueLength: 1_000,
  /** Characters of a feature's name. */
  nameLength: 200,
} as const;

/** Bytes as "64 MB" for messages. */
export const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
