/**
 * Times one stream-aging run of a data folder written by `scripts/generateLargeCsv.ts` and prints the
 * wall time, the parts, the invoices read and the peak resident memory of the process
 * (`process.resourceUsage().maxRSS`, which counts worker threads too: they share the process).
 *
 *   npx tsx --conditions=@receivables/source packages/cli/bench/measureStreamAging.ts <folder> [workers]
 *
 * The built command line gives the same figures without tsx's own cost:
 * `/usr/bin/time -v node packages/cli/dist/bin.js aging --stream --data <folder> --workers 2`.
 */
import { join } from 'node:path';
import { agingResult, managementBuckets } from '@receivables/aging';
import { streamAging } from '../src/stream/streamAging.ts';

const folder = process.argv[2];
const workers = Number(process.argv[3] ?? '1');
if (folder === undefined) throw new Error('usage: measureStreamAging.ts <folder> [workers]');
const file = (kind: string) => ({ path: join(folder, `${kind}.csv`), label: `${kind}.csv` });
const phases: string[] = [];
const started = performance.now();
const result = await streamAging(
  {
    customers: file('customers'),
    invoices: file('invoices'),
    payments: file('payments'),
    paymentApplications: file('payment-applications'),
    creditNotes: file('credit-notes'),
    creditNoteApplications: file('credit-note-applications'),
    disputes: file('disputes'),
  },
  {
    settings: { asOf: '2026-06-30', buckets: managementBuckets, groupBy: [] },
    columnMap: {},
    skipInvalid: false,
    workers,
    onPhase: (phase, milliseconds) => phases.push(`${phase} ${(milliseconds / 1000).toFixed(1)} s`),
  },
);
const report = agingResult(result.accumulator);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
const totals = report.currencies.map((line) => `${line.currency} ${line.balance.toFixed(2)}`).join(', ');
process.stdout.write(
  `${seconds} s (${phases.join(', ')}), ${result.parts} part(s), ${result.invoices} invoices, ${result.openItems} open items, peak RSS ${rss} MiB; ${totals}\n`,
);
