import { addDays, isReceivablesError, type Portfolio, parsePortfolio } from '@receivables/core';
import { portfolioArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CurrencyKpiInputs, kpiInputs } from '../kpiInputs.ts';

const portfolio = parsePortfolio({
  customers: [
    { id: 'C1', name: 'Hengda Trading' },
    { id: 'C2', name: 'Acme Inc.' },
  ],
  invoices: [
    {
      id: 'I1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-03-10',
      dueDate: '2026-04-09',
      amount: '1000.00',
    },
    {
      id: 'I2',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-05-20',
      amount: '800.00',
      instalments: [
        { dueDate: '2026-06-19', amount: '300.00' },
        { dueDate: '2026-07-19', amount: '500.00' },
      ],
    },
    {
      id: 'I3',
      customerId: 'C2',
      currency: 'USD',
      issueDate: '2026-01-15',
      dueDate: '2026-02-14',
      amount: '300.00',
    },
    {
      id: 'I4',
      customerId: 'C2',
      currency: 'USD',
      issueDate: '2026-07-01',
      dueDate: '2026-07-31',
      amount: '50.00',
    },
  ],
  payments: [
    { id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-04-30', amount: '600.00' },
    { id: 'P2', customerId: 'C1', currency: 'CNY', date: '2026-03-31', amount: '100.00' },
  ],
  creditNotes: [{ id: 'N1', customerId: 'C2', currency: 'USD', date: '2026-05-05', amount: '20.00' }],
});

function texts(line: CurrencyKpiInputs | undefined): Record<string, string> {
  if (line === undefined) return {};
  return {
    openingReceivables: line.openingReceivables.toFixed(),
    endingReceivables: line.endingReceivables.toFixed(),
    endingCurrentReceivables: line.endingCurrentReceivables.toFixed(),
    endingOverdueReceivables: line.endingOverdueReceivables.toFixed(),
    endingLongOverdueReceivables: line.endingLongOverdueReceivables.toFixed(),
    creditSales: line.creditSales.toFixed(),
    collected: line.collected.toFixed(),
    dueInPeriod: line.dueInPeriod.toFixed(),
  };
}

describe('kpiInputs', () => {
  it('takes the figures of each currency from the ledger, never mixing them', () => {
    const [cny, usd, ...rest] = kpiInputs(portfolio, { from: '2026-04-01', to: '2026-06-30' });
    expect(rest).toEqual([]);
    expect(cny?.currency).toBe('CNY');
    expect(cny).toMatchObject({ from: '2026-04-01', to: '2026-06-30', days: 91, openingDate: '2026-03-31' });
    // Opening: I1 less P2 (paid on the 31st, oldest due first). Ending: I1 900 − 600, I2 in full.
    expect(texts(cny)).toEqual({
      openingReceivables: '900',
      endingReceivables: '1100',
      endingCurrentReceivables: '500',
      endingOverdueReceivables: '600',
      endingLongOverdueReceivables: '0',
      creditSales: '800',
      collected: '600',
      dueInPeriod: '1300',
    });
    // The credit note settles 20.00 of I3; I4 is issued after the period and not seen.
    expect(usd?.currency).toBe('USD');
    expect(texts(usd)).toEqual({
      openingReceivables: '300',
      endingReceivables: '280',
      endingCurrentReceivables: '0',
      endingOverdueReceivables: '280',
      endingLongOverdueReceivables: '280',
      creditSales: '0',
      collected: '0',
      dueInPeriod: '0',
    });
  });

  it('lists the monthly sales newest first, from the month of the end back to the first invoice', () => {
    const [cny, usd] = kpiInputs(portfolio, { from: '2026-04-01', to: '2026-06-15' });
    expect(
      cny?.monthlySales.map((month) => [
        month.month,
        month.from,
        month.to,
        month.days,
        month.sales.toFixed(),
      ]),
    ).toEqual([
      ['2026-06', '2026-06-01', '2026-06-15', 15, '0'],
      ['2026-05', '2026-05-01', '2026-05-31', 31, '800'],
      ['2026-04', '2026-04-01', '2026-04-30', 30, '0'],
      ['2026-03', '2026-03-01', '2026-03-31', 31, '1000'],
      ['2026-02', '2026-02-01', '2026-02-28', 28, '0'],
      ['2026-01', '2026-01-01', '2026-01-31', 31, '0'],
    ]);
    expect(usd?.monthlySales.map((month) => month.sales.toFixed())).toEqual(['0', '0', '0', '0', '0', '300']);
  });

  it('counts long overdue by the threshold given', () => {
    const [, usd] = kpiInputs(portfolio, { from: '2026-04-01', to: '2026-06-30', longOverdueDays: 136 });
    expect(usd?.endingLongOverdueReceivables.toFixed()).toBe('0');
    const [, usd135] = kpiInputs(portfolio, { from: '2026-04-01', to: '2026-06-30', longOverdueDays: 135 });
    expect(usd135?.endingLongOverdueReceivables.toFixed()).toBe('280');
  });

  it('gives no line for an empty ledger', () => {
    expect(kpiInputs(parsePortfolio({}), { from: '2026-01-01', to: '2026-03-31' })).toEqual([]);
  });

  it.each([
    [{ from: '2026-04-01', to: '2026-03-31' }, 'INVALID_ARGUMENT'],
    [{ from: '2026-02-30', to: '2026-03-31' }, 'INVALID_DATE'],
    [{ from: '2026-01-01', to: '2026-03-31', longOverdueDays: -1 }, 'INVALID_ARGUMENT'],
    [{ from: '2026-01-01', to: '2026-03-31', longOverdueDays: 1.5 }, 'INVALID_ARGUMENT'],
    [{ from: '0001-01-01', to: '2026-03-31' }, 'DATE_OUT_OF_RANGE'],
  ])('refuses %j with %s', (options, code) => {
    expect(() => kpiInputs(portfolio, options)).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(/^kpiInputs: /) }),
    );
  });
});

const dayArbitrary = fc.integer({ min: 0, max: 36 * 365 }).map((offset) => addDays('2000-01-02', offset));
const periodArbitrary = fc
  .tuple(dayArbitrary, fc.integer({ min: 1, max: 400 }))
  .map(([from, days]) => ({ from, to: addDays(from, days - 1) }));

function restrictTo(ledger: Portfolio, currency: string): Portfolio {
  const invoices = ledger.invoices.filter((invoice) => invoice.currency === currency);
  const ids = new Set(invoices.map((invoice) => invoice.id));
  return {
    ...ledger,
    invoices,
    payments: ledger.payments.filter((payment) => payment.currency === currency),
    creditNotes: ledger.creditNotes.filter((note) => note.currency === currency),
    disputes: ledger.disputes.filter((dispute) => ids.has(dispute.invoiceId)),
    promises: ledger.promises.filter((promise) => promise.currency === currency),
  };
}

describe('properties', () => {
  const ledgers = portfolioArbitrary({ maxInvoices: 12, maxCustomers: 4 });

  it('splits the ending balance: current + overdue = ending, and long overdue ≤ overdue', () => {
    fc.assert(
      fc.property(ledgers, periodArbitrary, fc.integer({ min: 0, max: 400 }), (ledger, period, threshold) => {
        for (const line of kpiInputs(ledger, { ...period, longOverdueDays: threshold })) {
          expect(
            line.endingCurrentReceivables.plus(line.endingOverdueReceivables).eq(line.endingReceivables),
          ).toBe(true);
          expect(line.endingLongOverdueReceivables.lte(line.endingOverdueReceivables)).toBe(true);
          expect(line.endingLongOverdueReceivables.isNegative()).toBe(false);
        }
      }),
    );
  });

  it('chains periods: the opening balance of a period is the ending balance of the day before', () => {
    fc.assert(
      fc.property(ledgers, periodArbitrary, fc.integer({ min: 1, max: 200 }), (ledger, period, length) => {
        const before = kpiInputs(ledger, {
          from: addDays(period.from, -length),
          to: addDays(period.from, -1),
        });
        const after = kpiInputs(ledger, period);
        for (const line of before) {
          const next = after.find((candidate) => candidate.currency === line.currency);
          expect(next?.openingReceivables.eq(line.endingReceivables)).toBe(true);
        }
      }),
    );
  });

  it('never mixes currencies: each line equals the line of the ledger cut down to its currency', () => {
    fc.assert(
      fc.property(ledgers, periodArbitrary, (ledger, period) => {
        for (const line of kpiInputs(ledger, period)) {
          const [alone] = kpiInputs(restrictTo(ledger, line.currency), period);
          expect(texts(alone)).toEqual(texts(line));
          // The cut-down ledger starts later or at the same month: its months are a prefix.
          const months = alone?.monthlySales ?? [];
          line.monthlySales.forEach((month, index) => {
            expect(month.sales.eq(months[index]?.sales ?? 0)).toBe(true);
          });
        }
      }),
    );
  });

  it('keeps the whole sales history: the months add up to every invoice issued by the end', () => {
    fc.assert(
      fc.property(ledgers, periodArbitrary, (ledger, period) => {
        for (const line of kpiInputs(ledger, period)) {
          const months = line.monthlySales.reduce(
            (sum, month) => sum.plus(month.sales),
            line.creditSales.minus(line.creditSales),
          );
          const issued = ledger.invoices
            .filter((invoice) => invoice.currency === line.currency && invoice.issueDate <= period.to)
            .reduce((sum, invoice) => sum.plus(invoice.amount), line.creditSales.minus(line.creditSales));
          expect(months.eq(issued)).toBe(true);
          expect(line.creditSales.lte(issued)).toBe(true);
        }
      }),
    );
  });

  it('fails only with a suite error for any period', () => {
    fc.assert(
      fc.property(ledgers, dayArbitrary, dayArbitrary, (ledger, from, to) => {
        try {
          kpiInputs(ledger, { from, to });
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_ARGUMENT')).toBe(true);
        }
      }),
    );
  });
});
