/**
 * The one place the import worker is created. Vite bundles `worker.ts` as its own module chunk (the
 * CSP allows workers from 'self' and blob:). A single-file build can swap this function for one that
 * builds the worker from an inlined blob, without touching the client.
 */
export function createImportWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
