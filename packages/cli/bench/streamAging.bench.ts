import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { managementBuckets } from '@receivables/aging';
import { afterAll, bench, describe } from 'vitest';
import { generateLargeCsv } from '../scripts/generateLargeCsv.ts';
import type { StreamAgingOptions } from '../src/stream/StreamAgingOptions.ts';
import type { StreamInputs } from '../src/stream/StreamInputs.ts';
import { streamAging } from '../src/stream/streamAging.ts';

/**
 * Stream aging of one generated ledger of 200,000 invoices (with its payments, credit notes,
 * applications and disputes; seed 20261122, 2 chunks of 1,000 customers), read in one part in this
 * thread against two parts in two worker threads, in the same run. The files are written to a
 * temporary folder once, before any timing, and removed at the end. docs/performance.md records the
 * figures and the by-hand measurement of a million invoices through the built command.
 */
const INVOICES = 200_000;
const folder = mkdtempSync(join(tmpdir(), 'receivables-stream-bench-'));
await generateLargeCsv({
  folder,
  invoices: INVOICES,
  chunk: 100_000,
  customers: 1_000,
  seed: 20261122,
  asOf: '2026-06-30',
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const file = (kind: string) => ({ path: join(folder, `${kind}.csv`), label: `${kind}.csv` });
const inputs: StreamInputs = {
  customers: file('customers'),
  invoices: file('invoices'),
  payments: file('payments'),
  paymentApplications: file('payment-applications'),
  creditNotes: file('credit-notes'),
  creditNoteApplications: file('credit-note-applications'),
  disputes: file('disputes'),
};
const options = (workers: number): StreamAgingOptions => ({
  settings: { asOf: '2026-06-30', buckets: managementBuckets, groupBy: [] },
  columnMap: {},
  skipInvalid: false,
  workers,
});
const timing = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 };

describe(`stream aging ${INVOICES.toLocaleString('en')} invoices from CSV`, () => {
  bench(
    'one part, in this thread (--workers 1)',
    async () => {
      await streamAging(inputs, options(1));
    },
    timing,
  );

  bench(
    'two parts in two worker threads (--workers 2)',
    async () => {
      await streamAging(inputs, options(2));
    },
    timing,
  );
});
