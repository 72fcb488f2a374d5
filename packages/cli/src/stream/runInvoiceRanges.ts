import { Worker } from 'node:worker_threads';
import { ReceivablesError, type ReceivablesErrorCode } from '@receivables/core';
import { ageInvoiceRange } from './ageInvoiceRange.ts';
import { agingWorkerLaunch } from './agingWorkerLaunch.ts';
import type { InvoiceRangeResult } from './InvoiceRangeResult.ts';
import type { InvoiceRangeTask } from './InvoiceRangeTask.ts';

/**
 * Ages byte ranges of the invoices file: one range in the calling thread, several in worker threads
 * (one each, all at once), or, with `threads: false`, several one after another in the calling thread
 * (the same computation without threads, for tests). Results come back in range order.
 *
 * @param tasks - One task per range.
 * @param threads - Whether several ranges run in worker threads.
 * @param onBytes - Progress: called with the size of each chunk read, from any range.
 * @returns One result per task.
 * @throws The first worker's error, rethrown as a `ReceivablesError` when it was one.
 * @internal
 */
export async function runInvoiceRanges(
  tasks: readonly InvoiceRangeTask[],
  threads: boolean,
  onBytes?: (bytes: number) => void,
): Promise<InvoiceRangeResult[]> {
  if (tasks.length <= 1 || !threads) {
    const results: InvoiceRangeResult[] = [];
    for (const task of tasks) results.push(await ageInvoiceRange(task, onBytes));
    return results;
  }
  const launch = agingWorkerLaunch();
  const workers: Worker[] = [];
  try {
    return await Promise.all(
      tasks.map(
        (task) =>
          new Promise<InvoiceRangeResult>((resolve, reject) => {
            const worker = new Worker(launch.script, { ...launch.options, workerData: task });
            workers.push(worker);
            let settled = false;
            worker.on('message', (message: WorkerMessage) => {
              if (message.type === 'progress') onBytes?.(message.bytes);
              else if (message.type === 'result') {
                settled = true;
                resolve(message.result);
              } else {
                settled = true;
                reject(workerError(message));
              }
            });
            worker.on('error', (error) => {
              settled = true;
              reject(error);
            });
            worker.on('exit', (code) => {
              if (!settled)
                reject(
                  new Error(
                    `stream aging: a worker thread stopped with exit code ${code} before it answered`,
                  ),
                );
            });
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

type WorkerMessage =
  | { readonly type: 'progress'; readonly bytes: number }
  | { readonly type: 'result'; readonly result: InvoiceRangeResult }
  | {
      readonly type: 'error';
      readonly message: string;
      readonly code?: ReceivablesErrorCode;
      readonly details?: Readonly<Record<string, unknown>>;
    };

function workerError(message: Extract<WorkerMessage, { type: 'error' }>): Error {
  if (message.code === undefined) return new Error(message.message);
  return new ReceivablesError(message.code, message.message, { details: message.details ?? {} });
}
