import type { Datum, ImportOutcome } from './types';

/** What the page posts to the import worker (the bytes are transferred, not copied). */
export interface ImportRequest {
  bytes: ArrayBuffer;
  fileName: string;
  datum: Datum;
  now: string;
}

/** What the worker posts back: always an outcome, never an exception. */
export type ImportResponse = ImportOutcome;
