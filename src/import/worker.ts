/// <reference lib="webworker" />
// First: it listens for policy violations before the pipeline's modules run.
import './policyReport';
import { runImport } from './pipeline';
import type { ImportRequest, ImportResponse } from './protocol';

// The glue between the page and the pure pipeline: one request in, one outcome out.
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { bytes, fileName, datum, now } = event.data;
  const outcome: ImportResponse = await runImport(bytes, fileName, datum, now);
  self.postMessage(outcome);
};
