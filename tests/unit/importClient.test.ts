import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/import/client.lazy';
import { LIMITS } from '../../src/import/limits';
import { runImport } from '../../src/import/pipeline';
import type { ImportRequest } from '../../src/import/protocol';

/** A stand-in for the worker: runs the pipeline in this thread, or misbehaves as told. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: ImportRequest | null = null;
  transferred: Transferable[] = [];
  constructor(private readonly behaviour: 'run' | 'crash' | 'hang') {}
  postMessage(request: ImportRequest, transfer: Transferable[]) {
    this.received = request;
    this.transferred = transfer;
    if (this.behaviour === 'crash') {
      setTimeout(() => this.onerror?.({ preventDefault() {} } as ErrorEvent), 0);
    } else if (this.behaviour === 'run') {
      void runImport(request.bytes, request.fileName, request.datum, request.now).then((outcome) =>
        this.onmessage?.({ data: outcome } as MessageEvent),
      );
    }
  }
  terminate() {
    this.terminated = true;
  }
}

const square = '[[[116.45,39.9],[116.46,39.9],[116.46,39.91],[116.45,39.91],[116.45,39.9]]]';
const file = (text: string, name = 'site.geojson') => new File([text], name, { type: 'application/geo+json' });
const now = () => '2026-11-23T12:00:00.000Z';

describe('importFile', () => {
  it('transfers the bytes to the worker and resolves with its outcome, then ends the worker', async () => {
    const worker = new FakeWorker('run');
    const outcome = await importFile(file(`{"type":"Polygon","coordinates":${square}}`), 'wgs84', {
      createWorker: () => worker as unknown as Worker,
      now,
    });
    expect(outcome.ok && outcome.features.map((f) => [f.name, f.importedAt])).toEqual([['site 1', now()]]);
    expect(worker.transferred).toEqual([worker.received!.bytes]);
    expect(worker.terminated).toBe(true);
  });

  it('turns a worker crash into a refusal', async () => {
    const worker = new FakeWorker('crash');
    const outcome = await importFile(file('{}'), 'wgs84', { createWorker: () => worker as unknown as Worker });
    expect(outcome).toMatchObject({ ok: false, code: 'worker-failed', fileName: 'site.geojson' });
    expect(worker.terminated).toBe(true);
  });

  it('stops a worker that takes too long', async () => {
    const worker = new FakeWorker('hang');
    const outcome = await importFile(file('{}'), 'wgs84', {
      createWorker: () => worker as unknown as Worker,
      timeoutMs: 50,
    });
    expect(outcome).toMatchObject({ ok: false, code: 'timeout' });
    expect(worker.terminated).toBe(true);
  });

  it('says so when no worker can start (a CSP, an old browser)', async () => {
    const outcome = await importFile(file('{}'), 'wgs84', {
      createWorker: () => {
        throw new Error('SecurityError');
      },
    });
    expect(outcome).toMatchObject({ ok: false, code: 'worker-unavailable' });
  });

  it('refuses a file over the limit without reading it or starting a worker', async () => {
    let started = false;
    const big = {
      name: 'huge.geojson',
      size: LIMITS.fileBytes + 1,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const outcome = await importFile(big as unknown as File, 'wgs84', {
      createWorker: () => {
        started = true;
        return new FakeWorker('run') as unknown as Worker;
      },
    });
    expect(outcome).toMatchObject({ ok: false, code: 'file-too-large' });
    expect(started).toBe(false);
  });
});
