import type { PackedFeatures } from './packed';
import type { Bilingual, Datum, ImportOutcome } from './types';

/** What the page posts to the import worker (the bytes are transferred, not copied). */
export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  datum: Datum;
  now: string;
}

/**
 * What the worker posts back: always an outcome, never an exception. An accepted file's features come
 * packed (src/import/packed.ts), their buffers transferred: no per-feature clone on the page.
 */
export type ImportResponse =
  (ImportOutcome & { ok: false }) | { ok: true; fileName: string; packed: PackedFeatures; repairs: Bilingual[] };
