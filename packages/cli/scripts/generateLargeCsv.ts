/**
 * Writes a data folder of generated CSV files for stream-mode benchmarks and memory measurements:
 * customers, invoices, payments and credit notes with their applications, and disputes, from the
 * seeded generator of `@receivables/testing`, in the input contract's columns. Invoices are one
 * instalment each (plans folded into their invoice), which is what stream mode reads.
 *
 * The generator builds a portfolio in memory, so a large folder is made in chunks of `--chunk` invoices
 * (default 100,000), each generated with its own seed (`--seed` + chunk number) and its own customers,
 * its ids prefixed `K01-`, `K02-`, … so chunks never share one, and appended to the files before the
 * next chunk is made: memory stays that of one chunk.
 *
 * Usage (from the repository root; the folder is created if needed, and should be a temporary one:
 * never commit generated files):
 *
 *   npx tsx --conditions=@receivables/source packages/cli/scripts/generateLargeCsv.ts <folder> \
 *     [--invoices 1000000] [--chunk 100000] [--customers 1000] [--seed 20261122] [--as-of 2026-06-30]
 *
 * `--customers` is per chunk.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePortfolioInput } from '@receivables/testing';
import { flattenPortfolioInput, openLedgerCsv } from './ledgerCsv.ts';

/** What {@link generateLargeCsv} writes. */
export interface GenerateLargeCsvOptions {
  /** The folder to write the files into; created when missing. */
  readonly folder: string;
  /** How many invoices in all. */
  readonly invoices: number;
  /** How many invoices per generated chunk. */
  readonly chunk: number;
  /** How many customers per chunk. */
  readonly customers: number;
  /** The seed of the first chunk; chunk k uses seed + k. */
  readonly seed: number;
  /** The day the ledger is generated up to. */
  readonly asOf: string;
  /** Called after each chunk with the invoices written so far. */
  readonly onChunk?: (written: number) => void;
}

/**
 * Writes the folder chunk by chunk (see the module's comment).
 *
 * @param options - Where, how many and which seed.
 * @returns When every file is complete on disk.
 */
export async function generateLargeCsv(options: GenerateLargeCsvOptions): Promise<void> {
  mkdirSync(options.folder, { recursive: true });
  const writer = openLedgerCsv(options.folder);
  const chunks = Math.max(1, Math.ceil(options.invoices / options.chunk));
  let written = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const invoices = Math.min(options.chunk, options.invoices - written);
    const generated = generatePortfolioInput({
      seed: options.seed + chunk,
      customers: options.customers,
      invoices,
      asOf: options.asOf,
    });
    const prefix = chunks === 1 ? '' : `K${String(chunk + 1).padStart(2, '0')}-`;
    await writer.write(flattenPortfolioInput(generated, prefix));
    written += invoices;
    options.onChunk?.(written);
  }
  await writer.close();
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      invoices: { type: 'string', default: '1000000' },
      chunk: { type: 'string', default: '100000' },
      customers: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '20261122' },
      'as-of': { type: 'string', default: '2026-06-30' },
    },
  });
  const [folder] = positionals;
  if (folder === undefined) {
    process.stderr.write(
      'usage: generateLargeCsv.ts <folder> [--invoices N] [--chunk N] [--customers N] [--seed N]\n',
    );
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  await generateLargeCsv({
    folder: resolve(folder),
    invoices: Number(values.invoices),
    chunk: Number(values.chunk),
    customers: Number(values.customers),
    seed: Number(values.seed),
    asOf: values['as-of'],
    onChunk: (written) => process.stderr.write(`${written.toLocaleString('en')} invoices written\n`),
  });
  process.stderr.write(
    `done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${resolve(folder)}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
