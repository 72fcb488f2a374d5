import { type AgingReport, ageReceivables, agingResult, managementBuckets } from '@receivables/aging';
import { isReceivablesError, type PortfolioInput, parsePortfolio } from '@receivables/core';
import { generatePortfolioInput } from '@receivables/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenPortfolioInput } from '../../../scripts/ledgerCsv.ts';
import type { StreamAgingOptions } from '../StreamAgingOptions.ts';
import { streamAging } from '../streamAging.ts';
import { ledgerInputs, temporaryFolder, writeFiles, writeLedger } from './streamFixtures.ts';
import { tinyLedger } from './tinyLedger.ts';

const AS_OF = '2026-06-30';
const options = (overrides: Partial<StreamAgingOptions> = {}): StreamAgingOptions => ({
  settings: { asOf: AS_OF, buckets: managementBuckets, groupBy: [] },
  columnMap: {},
  skipInvalid: false,
  workers: 1,
  threads: false,
  ...overrides,
});
const text = (report: AgingReport): string => JSON.stringify(report);

let folder: string;
let remove: () => void;
beforeAll(() => {
  ({ folder, remove } = temporaryFolder());
});
afterAll(() => remove());

/** A fresh sub-folder of the test folder. */
let folders = 0;
function subfolder(): string {
  const path = `${folder}/${++folders}`;
  require('node:fs').mkdirSync(path);
  return path;
}

describe('streamAging', () => {
  it('ages the tiny ledger as worked out by hand', async () => {
    const data = subfolder();
    writeFiles(data, tinyLedger);
    const result = await streamAging(ledgerInputs(data), options());
    const report = agingResult(result.accumulator);
    const line = (currency: string) => report.currencies.find((entry) => entry.currency === currency)!;
    const cny = line('CNY');
    expect(cny.buckets.map((bucket) => bucket.balance.toFixed(2))).toEqual([
      '500.00',
      '0.00',
      '700.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(
      [cny.balance, cny.overdue, cny.disputed, cny.unapplied].map((amount) => amount.toFixed(2)),
    ).toEqual(['1200.00', '700.00', '100.00', '100.00']);
    const usd = line('USD');
    expect(usd.buckets.at(-1)?.balance.toFixed(2)).toBe('180.00');
    expect([usd.balance.toFixed(2), usd.unapplied.toFixed(2), usd.oldestDaysPastDue]).toEqual([
      '180.00',
      '50.00',
      514,
    ]);
    expect(result).toMatchObject({ invoices: 4, openItems: 3, parts: 1, fellBack: false, skipped: [] });
  });

  it('equals ageReceivables with the allocation none on the same ledger', async () => {
    const data = subfolder();
    const input = flattenPortfolioInput(generatePortfolioInput({ seed: 3, customers: 20, invoices: 400 }));
    await writeLedger(data, input);
    const settings = { asOf: '2026-03-31', buckets: managementBuckets, groupBy: ['region'] };
    const streamed = await streamAging(ledgerInputs(data), options({ settings, workers: 3 }));
    const expected = ageReceivables(parsePortfolio(input), { ...settings, allocation: 'none' });
    expect(text(agingResult(streamed.accumulator))).toBe(text(expected));
    expect(streamed.parts).toBe(3);
  });

  it('gives the same result from worker threads', async () => {
    const data = subfolder();
    await writeLedger(
      data,
      flattenPortfolioInput(generatePortfolioInput({ seed: 11, customers: 10, invoices: 300 })),
    );
    const single = await streamAging(ledgerInputs(data), options());
    const threaded = await streamAging(ledgerInputs(data), options({ workers: 2, threads: true }));
    expect(threaded.parts).toBe(2);
    expect(text(agingResult(threaded.accumulator))).toBe(text(agingResult(single.accumulator)));
  }, 60_000);

  it('reads a file again in one pass when a cut falls inside a quoted line break', async () => {
    const data = subfolder();
    writeFiles(data, tinyLedger);
    const quoted = [
      'id,customerId,currency,issueDate,dueDate,amount,reference',
      `INV-1,C1,CNY,2026-04-01,2026-05-01,1000.00,"${'first line\n'.repeat(20)}last"`,
      'INV-2,C1,CNY,2026-06-01,2026-07-01,500.00,',
      'INV-3,C2,USD,2025-01-01,2025-02-01,200.00,',
      'INV-4,C2,CNY,2026-07-05,2026-08-04,50.00,',
      '',
    ].join('\n');
    writeFiles(data, { 'invoices.csv': quoted });
    const result = await streamAging(ledgerInputs(data), options({ workers: 4 }));
    expect(result.fellBack).toBe(true);
    expect(result.parts).toBe(1);
    const single = await streamAging(ledgerInputs(data), options());
    expect(text(agingResult(result.accumulator))).toBe(text(agingResult(single.accumulator)));
    expect(agingResult(result.accumulator).currencies[0]?.balance.toFixed(2)).toBe('1200.00');
  });

  it('fails with every problem of every file, each with file, row, column, value and code', async () => {
    const data = subfolder();
    writeFiles(data, tinyLedger);
    writeFiles(data, {
      'invoices.csv': [
        'id,customerId,currency,issueDate,dueDate,amount,reference',
        'INV-1,C1,CNY,2026-04-01,2026-05-01,12;50,',
        'INV-2,C1,CNY,2026-06-01,2026-02-30,500.00,',
        '',
        'INV-3,C9,USD,2025-01-01,2025-02-01,200.00,',
        'INV-4,C2,CNY,2026-07-05,2026-08-04,50.00,',
        'INV-4,C2,CNY,2026-01-01,2026-01-31,10.00,',
      ].join('\n'),
      'payment-applications.csv':
        'paymentId,invoiceId,instalment,amount\nP1,INV-1,,300.001\nP9,INV-1,,1.00\nP2,INV-7,,1.00\n',
    });
    const error = await streamAging(ledgerInputs(data), options()).catch((caught: unknown) => caught);
    expect(isReceivablesError(error, 'INVALID_INPUT_FILE')).toBe(true);
    const problems = (
      error as {
        details: {
          problems: { file: string; row?: number; column?: string; value?: string; code: string }[];
        };
      }
    ).details.problems;
    const summary = problems.map((problem) => [
      problem.file,
      problem.row,
      problem.column,
      problem.value,
      problem.code,
    ]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['invoices.csv', 2, 'amount', '12;50', 'INVALID_AMOUNT'],
        ['invoices.csv', 3, 'dueDate', '2026-02-30', 'INVALID_DATE'],
        ['invoices.csv', 5, 'customerId', 'C9', 'INVALID_PORTFOLIO'],
        ['invoices.csv', 7, 'id', 'INV-4', 'INVALID_PORTFOLIO'],
        ['payment-applications.csv', 2, 'amount', '300.001', 'AMOUNT_TOO_PRECISE'],
        ['payment-applications.csv', 3, 'paymentId', 'P9', 'INVALID_PORTFOLIO'],
        ['payment-applications.csv', 4, 'invoiceId', 'INV-7', 'INVALID_PORTFOLIO'],
      ]),
    );
    // INV-1's row is invalid, so P1's application to it is not judged again, as in parsePortfolio.
    expect(problems).toHaveLength(7);
  });

  it('checks applications and disputes against their invoices as parsePortfolio does', async () => {
    const data = subfolder();
    writeFiles(data, tinyLedger);
    writeFiles(data, {
      'payment-applications.csv': [
        'paymentId,invoiceId,instalment,amount',
        'P1,INV-3,,10.00',
        'P1,INV-1,2,10.00',
        'P2,INV-4,,10.00',
        '',
      ].join('\n'),
      'disputes.csv': [
        'id,customerId,invoiceId,instalment,openedOn,resolvedOn,amount,reason',
        'D2,C2,INV-1,,2026-06-15,,1.00,',
        'D3,C1,INV-2,2,2026-06-15,,1.00,',
        'D4,C1,INV-2,,2026-06-15,,600.00,',
        'D5,C1,INV-9,,2026-06-15,,1.00,',
        '',
      ].join('\n'),
    });
    const error = await streamAging(ledgerInputs(data), options({ workers: 2 })).catch(
      (caught: unknown) => caught,
    );
    const problems = (
      error as {
        details: {
          problems: { file: string; row?: number; column?: string; code: string; reason: string }[];
        };
      }
    ).details.problems;
    expect(problems.map((problem) => [problem.file, problem.row, problem.column, problem.code])).toEqual([
      ['disputes.csv', 2, 'invoiceId', 'INVALID_PORTFOLIO'],
      ['disputes.csv', 3, 'instalment', 'INVALID_PORTFOLIO'],
      ['disputes.csv', 4, 'amount', 'INVALID_PORTFOLIO'],
      ['disputes.csv', 5, 'invoiceId', 'INVALID_PORTFOLIO'],
      ['payment-applications.csv', 2, 'invoiceId', 'INVALID_PORTFOLIO'],
      ['payment-applications.csv', 3, 'instalment', 'INVALID_PORTFOLIO'],
      ['payment-applications.csv', 4, 'invoiceId', 'CURRENCY_MISMATCH'],
    ]);
    expect(problems[0]?.reason).toBe('invoice "INV-1" belongs to customer "C1", not "C2"');
    expect(problems[6]?.reason).toBe('invoice "INV-4" is in CNY, not USD');
  });

  it('reports a missing required column, and an unknown one, as file problems', async () => {
    const data = subfolder();
    writeFiles(data, tinyLedger);
    writeFiles(data, {
      'invoices.csv':
        'id,customerId,currency,issueDate,dueDate,amout\nINV-1,C1,CNY,2026-04-01,2026-05-01,1.00\n',
    });
    const error = await streamAging(ledgerInputs(data), options()).catch((caught: unknown) => caught);
    const problems = (error as { details: { problems: { file: string; column?: string; row?: number }[] } })
      .details.problems;
    expect(problems.map((problem) => [problem.file, problem.column, problem.row])).toEqual([
      ['invoices.csv', 'amount', undefined],
      ['invoices.csv', 'amout', undefined],
    ]);
  });

  it('reports an empty invoices file and a header that is not valid CSV', async () => {
    const data = subfolder();
    writeFiles(data, { ...tinyLedger, 'invoices.csv': '', 'payments.csv': 'id,"customerId\n' });
    const error = await streamAging(ledgerInputs(data), options()).catch((caught: unknown) => caught);
    const problems = (error as { details: { problems: { file: string; row?: number; reason: string }[] } })
      .details.problems;
    expect(problems.map((problem) => [problem.file, problem.row])).toEqual([
      ['invoices.csv', undefined],
      ['payments.csv', 1],
    ]);
    expect(problems[1]?.reason).toMatch(/^is not valid CSV: /);
  });

  it('under --skip-invalid leaves bad rows out, lists them, and ages the rest as if they were not there', async () => {
    const data = subfolder();
    writeFiles(data, tinyLedger);
    writeFiles(data, {
      'invoices.csv': `${tinyLedger['invoices.csv']}INV-5,C1,CNY,2026-06-01,2026-06-15,x,\nINV-1,C1,CNY,2026-01-01,2026-01-02,999.00,\n`,
      'payment-applications.csv':
        'paymentId,invoiceId,instalment,amount\nP1,INV-1,,300.00\nP1,INV-2,,100.00\nP1,INV-2,,50.00\n',
      'payments.csv': `${tinyLedger['payments.csv']}P1,C1,CNY,2026-06-11,5.00,\n`,
    });
    const result = await streamAging(ledgerInputs(data), options({ skipInvalid: true }));
    expect(result.skipped.map((problem) => [problem.file, problem.row])).toEqual(
      [
        ['invoices.csv', 6],
        ['invoices.csv', 7],
        ['payments.csv', 5],
        ['payment-applications.csv', 4],
      ].sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    const cny = agingResult(result.accumulator).currencies.find((line) => line.currency === 'CNY')!;
    // INV-2 takes 100.00 of P1; the row that would take P1 past its 400.00 is left out.
    expect([cny.balance.toFixed(2), cny.unapplied.toFixed(2)]).toEqual(['1100.00', '0.00']);
  });

  it('under --skip-invalid ages again without an application found to take an invoice over its amount', async () => {
    const data = subfolder();
    writeFiles(data, tinyLedger);
    writeFiles(data, {
      'payments.csv': `${tinyLedger['payments.csv']}P4,C1,CNY,2026-06-12,900.00,\n`,
      'payment-applications.csv':
        'paymentId,invoiceId,instalment,amount\nP1,INV-1,,300.00\nP4,INV-1,,800.00\n',
    });
    const result = await streamAging(ledgerInputs(data), options({ skipInvalid: true, workers: 2 }));
    expect(result.skipped.map((problem) => [problem.file, problem.row, problem.column])).toEqual([
      ['payment-applications.csv', 3, 'amount'],
    ]);
    const cny = agingResult(result.accumulator).currencies.find((line) => line.currency === 'CNY')!;
    // P4 applies nothing: all of its 900.00 is unapplied, besides P1's 100.00.
    expect([cny.balance.toFixed(2), cny.unapplied.toFixed(2)]).toEqual(['1200.00', '1000.00']);
  });

  describe('properties', () => {
    const ledger = fc.record({
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      customers: fc.integer({ min: 1, max: 12 }),
      invoices: fc.integer({ min: 0, max: 250 }),
      asOf: fc.constantFrom('2025-01-15', '2025-09-30', '2026-03-31', '2026-06-30', '2027-01-01'),
      buckets: fc.constantFrom(managementBuckets, undefined),
    });

    it('equals the in-memory aging: streaming a ledger gives ageReceivables with the allocation none', async () => {
      await fc.assert(
        fc.asyncProperty(ledger, async ({ seed, customers, invoices, asOf, buckets }) => {
          const data = subfolder();
          const input = flattenPortfolioInput(
            generatePortfolioInput({ seed, customers, invoices, asOf: '2026-06-30' }),
          );
          await writeLedger(data, input);
          const settings = {
            asOf,
            buckets: buckets ?? managementBuckets,
            groupBy: ['region', 'salesperson'],
          };
          const streamed = await streamAging(ledgerInputs(data), options({ settings }));
          const expected = ageReceivables(parsePortfolio(input), { ...settings, allocation: 'none' });
          expect(text(agingResult(streamed.accumulator))).toBe(text(expected));
        }),
        { numRuns: 15 },
      );
    }, 60_000);

    it('does not depend on threads: parts aged in worker threads merge into exactly the one-part result', async () => {
      await fc.assert(
        fc.asyncProperty(
          ledger,
          fc.integer({ min: 2, max: 3 }),
          async ({ seed, customers, invoices, asOf }, parts) => {
            const data = subfolder();
            await writeLedger(
              data,
              flattenPortfolioInput(generatePortfolioInput({ seed, customers, invoices })),
            );
            const settings = { asOf, buckets: managementBuckets, groupBy: ['region'] };
            const one = await streamAging(ledgerInputs(data), options({ settings }));
            const threaded = await streamAging(
              ledgerInputs(data),
              options({ settings, workers: parts, threads: true }),
            );
            expect(text(agingResult(threaded.accumulator))).toBe(text(agingResult(one.accumulator)));
          },
        ),
        // Each run starts worker threads from the TypeScript sources (a few seconds each under load).
        { numRuns: 3, interruptAfterTimeLimit: 170_000 },
      );
    }, 180_000);

    it('does not depend on the split: n parts give exactly the one-part result, rows left out included', async () => {
      const references = fc.array(fc.constantFrom('', 'PO 1', 'a, b', 'say "hi"', 'two\nlines', 'x\r\ny'), {
        minLength: 1,
      });
      await fc.assert(
        fc.asyncProperty(
          ledger,
          references,
          fc.array(fc.nat(), { maxLength: 4 }),
          fc.integer({ min: 2, max: 7 }),
          async ({ seed, customers, invoices, asOf }, texts, broken, parts) => {
            const data = subfolder();
            const input = flattenPortfolioInput(generatePortfolioInput({ seed, customers, invoices }));
            const rows = input.invoices ?? [];
            const corrupted = new Set(broken.map((index) => index % Math.max(1, rows.length)));
            const changed: PortfolioInput = {
              ...input,
              invoices: rows.map((invoice, index) => ({
                ...invoice,
                reference: texts[index % texts.length] || undefined,
                ...(corrupted.has(index) ? { amount: 'not an amount' } : {}),
              })),
            };
            await writeLedger(data, changed);
            const settings = { asOf, buckets: managementBuckets, groupBy: ['region'] };
            const one = await streamAging(ledgerInputs(data), options({ settings, skipInvalid: true }));
            const many = await streamAging(
              ledgerInputs(data),
              options({ settings, skipInvalid: true, workers: parts }),
            );
            expect(text(agingResult(many.accumulator))).toBe(text(agingResult(one.accumulator)));
            expect(many.skipped).toEqual(one.skipped);
          },
        ),
        { numRuns: 15 },
      );
    }, 60_000);
  });
});
