/**
 * The worker-thread entry of stream aging: ages the byte range of the invoices file it is given in
 * `workerData` and posts the result back (progress messages first). Built as `dist/agingWorker.js`
 * beside the bin; run from the sources through tsx.
 *
 * @internal
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isReceivablesError } from '@receivables/core';
import { ageInvoiceRange } from './ageInvoiceRange.ts';
import type { InvoiceRangeTask } from './InvoiceRangeTask.ts';

const port = parentPort;
if (port !== null) {
  const task = workerData as InvoiceRangeTask;
  let unreported = 0;
  ageInvoiceRange(task, (bytes) => {
    unreported += bytes;
    if (unreported < 1 << 20) return;
    port.postMessage({ type: 'progress', bytes: unreported });
    unreported = 0;
  })
    .then((result) => {
      if (unreported > 0) port.postMessage({ type: 'progress', bytes: unreported });
      port.postMessage({ type: 'result', result }, [result.hashes.buffer, result.hashRows.buffer]);
    })
    .catch((error: unknown) => {
      port.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        ...(isReceivablesError(error) ? { code: error.code, details: error.details } : {}),
      });
    });
}
