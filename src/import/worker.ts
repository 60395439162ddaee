/// <reference lib="webworker" />
// First: it listens for policy violations before the pipeline's modules run.
import './policyReport';
import { packFeatures, packedBuffers } from './packed';
import { runImport } from './pipeline';
import type { ImportRequest, ImportResponse } from './protocol';

// The glue between the page and the pure pipeline: one request in, one outcome out, the features
// packed into typed arrays that are transferred, not cloned.
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { bytes, fileName, datum, now } = event.data;
  const outcome = await runImport(bytes, fileName, datum, now);
  if (!outcome.ok) return self.postMessage(outcome satisfies ImportResponse);
  const packed = packFeatures(outcome.features);
  const response: ImportResponse = { ok: true, fileName, packed, repairs: outcome.repairs };
  self.postMessage(response, packedBuffers(packed));
};
