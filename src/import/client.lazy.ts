import { createImportWorker } from './createWorker';
import { LIMITS } from './limits';
import { refusalMessage, type RefusalCode } from './importMessages';
import { packedFeatures } from './packed';
import type { ImportRequest, ImportResponse } from './protocol';
import type { Datum, ImportOutcome } from './types';

export interface ImportOptions {
  /** How long the worker may take before it is stopped (ms). */
  timeoutMs?: number;
  /** Tests pass a stand-in; the app uses the real worker. */
  createWorker?: () => Worker;
  /** The time stamped on the features (ISO 8601); tests freeze it. */
  now?: () => string;
}

const DEFAULT_TIMEOUT_MS = 60_000;

const refused = (fileName: string, code: RefusalCode, values: Record<string, string | number> = {}): ImportOutcome => ({
  ok: false,
  fileName,
  code,
  message: refusalMessage(code, values),
});

/** The worker's answer as the page uses it: packed features become `UserFeature`s (geometry decoded lazily). */
function unpacked(response: ImportResponse | ImportOutcome): ImportOutcome {
  if (!response.ok || !('packed' in response)) return response;
  const { fileName, packed, repairs } = response;
  return { ok: true, fileName, features: packedFeatures(packed), repairs };
}

/**
 * Imports a visitor's file: reads its bytes, hands them (transferred, not copied) to a fresh Web Worker
 * that runs the pipeline, and resolves with the outcome. Never rejects: a file over the size limit, a
 * worker that cannot start, crashes or runs past the timeout all resolve to `ok: false`. The worker is
 * ended after each file, so a runaway parse cannot outlive its import. Nothing leaves the browser.
 */
export async function importFile(file: File, datum: Datum, options: ImportOptions = {}): Promise<ImportOutcome> {
  const fileName = file.name;
  // Checked before reading, so a 2 GB file is never loaded into memory.
  if (file.size > LIMITS.fileBytes) return refused(fileName, 'file-too-large');
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return refused(fileName, 'worker-failed');
  }
  let worker: Worker;
  try {
    worker = (options.createWorker ?? createImportWorker)();
  } catch {
    return refused(fileName, 'worker-unavailable');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise<ImportOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: ImportOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(refused(fileName, 'timeout', { seconds: Math.round(timeoutMs / 1000) })),
      timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<ImportResponse | ImportOutcome>) => finish(unpacked(event.data));
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(refused(fileName, 'worker-failed'));
    };
    worker.onmessageerror = () => finish(refused(fileName, 'worker-failed'));
    const request: ImportRequest = { bytes, fileName, datum, now: (options.now ?? (() => new Date().toISOString()))() };
    try {
      worker.postMessage(request, [bytes]);
    } catch {
      finish(refused(fileName, 'worker-failed'));
    }
  });
}
