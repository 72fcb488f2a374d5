import {
  decimal,
  type InvoiceInput,
  type IsoDate,
  type Portfolio,
  type PortfolioInput,
  parsePortfolio,
  toMinorUnits,
} from '@receivables/core';
import { isoDateArbitrary, portfolioArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openItemsMinor } from '../../_internals/openItemsMinor.ts';
import type { AllocationStrategy, OpenItems } from '../../index.ts';
import { computeOpenItems } from '../../index.ts';

const customers = [
  { id: 'C1', name: 'Hengda Trading' },
  { id: 'C2', name: 'Lianhua Foods' },
];

function invoice(
  id: string,
  issueDate: IsoDate,
  dueDate: IsoDate,
  amount: string,
  extra: Partial<InvoiceInput> = {},
): InvoiceInput {
  return { id, customerId: 'C1', currency: 'CNY', issueDate, dueDate, amount, ...extra };
}

function portfolioOf(input: PortfolioInput): Portfolio {
  return parsePortfolio({ customers, ...input });
}

/** `invoiceId/instalment: open (disputed)` for every item, in order. */
function openOf(result: OpenItems): string[] {
  return result.items.map(
    (item) =>
      `${item.invoiceId}/${item.instalment}: ${item.openMinor}${item.disputedMinor > 0 ? ` (${item.disputedMinor})` : ''}`,
  );
}

function unappliedOf(result: OpenItems): string[] {
  return result.unapplied.map((line) => `${line.source} ${line.sourceId}: ${line.amountMinor}`);
}

describe('computeOpenItems: applying payments and credit notes', () => {
  const twoInvoices = {
    invoices: [
      invoice('INV-1', '2026-01-05', '2026-02-04', '1000.00'),
      invoice('INV-2', '2026-02-10', '2026-03-12', '500.00'),
    ],
  };

  it('applies an unnamed payment oldest due first, one invoice after another', () => {
    const portfolio = portfolioOf({
      ...twoInvoices,
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount: '1200.00' }],
    });
    const result = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    expect(openOf(result)).toEqual(['INV-2/1: 30000']);
    expect(result.unapplied).toEqual([]);
  });

  it('keeps what is left after every open item is settled as its own unapplied line', () => {
    const portfolio = portfolioOf({
      ...twoInvoices,
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount: '1600.00' }],
    });
    const result = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    expect(result.items).toEqual([]);
    expect(result.unapplied).toEqual([
      {
        customerId: 'C1',
        currency: 'CNY',
        source: 'payment',
        sourceId: 'P1',
        date: '2026-03-01',
        amountMinor: 10000,
      },
    ]);
  });

  it('orders by due date with oldestDue and by issue date with oldestIssued', () => {
    // INV-A was issued first on long terms; INV-B later on short terms, so it falls due first.
    const portfolio = portfolioOf({
      invoices: [
        invoice('INV-A', '2026-01-01', '2026-04-01', '100.00'),
        invoice('INV-B', '2026-01-20', '2026-02-19', '100.00'),
      ],
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount: '100.00' }],
    });
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-31', allocation: 'oldestDue' }))).toEqual([
      'INV-A/1: 10000',
    ]);
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-31', allocation: 'oldestIssued' }))).toEqual([
      'INV-B/1: 10000',
    ]);
  });

  it('breaks ties of due date by issue date, then invoice id, then instalment', () => {
    const portfolio = portfolioOf({
      invoices: [
        invoice('INV-9', '2026-01-01', '2026-03-01', '100.00'),
        invoice('INV-2', '2026-01-10', '2026-03-01', '100.00'),
        invoice('INV-1', '2026-01-10', '2026-03-01', '100.00'),
      ],
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-05', amount: '150.00' }],
    });
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-31' }))).toEqual([
      'INV-2/1: 10000',
      'INV-1/1: 5000',
    ]);
  });

  it('leaves unnamed cash on account with allocation none', () => {
    const portfolio = portfolioOf({
      ...twoInvoices,
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount: '1200.00' }],
    });
    const result = computeOpenItems(portfolio, { asOf: '2026-03-31', allocation: 'none' });
    expect(openOf(result)).toEqual(['INV-1/1: 100000', 'INV-2/1: 50000']);
    expect(unappliedOf(result)).toEqual(['payment P1: 120000']);
  });

  it('applies explicit applications before the strategy, to the instalment or invoice they name', () => {
    const portfolio = portfolioOf({
      invoices: [
        invoice('INV-1', '2026-01-05', '2026-02-04', '1000.00'),
        invoice('INV-2', '2026-02-10', '2026-03-12', '500.00', {
          dueDate: undefined,
          instalments: [
            { dueDate: '2026-03-12', amount: '150.00' },
            { dueDate: '2026-04-12', amount: '300.00' },
            { dueDate: '2027-02-10', amount: '50.00' },
          ],
        }),
      ],
      payments: [
        {
          id: 'P1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-03-01',
          amount: '400.00',
          applications: [
            { invoiceId: 'INV-2', instalment: 2, amount: '100.00' },
            { invoiceId: 'INV-2', amount: '200.00' },
          ],
        },
      ],
    });
    // Instalment 2 gets its 100; the invoice-level 200 goes oldest due first: 150 to instalment 1, 50 to
    // instalment 2; the unnamed 100 then goes to INV-1, the oldest due.
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-31' }))).toEqual([
      'INV-1/1: 90000',
      'INV-2/2: 15000',
      'INV-2/3: 5000',
    ]);
  });

  it('applies applications naming an instalment before those naming only its invoice, so both fit', () => {
    const portfolio = portfolioOf({
      invoices: [
        invoice('INV-1', '2026-01-05', '2026-02-04', '200.00', {
          dueDate: undefined,
          instalments: [
            { dueDate: '2026-02-04', amount: '100.00' },
            { dueDate: '2026-03-04', amount: '100.00' },
          ],
        }),
      ],
      payments: [
        {
          id: 'P1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-01-20',
          amount: '100.00',
          applications: [{ invoiceId: 'INV-1', amount: '100.00' }],
        },
        {
          id: 'P2',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-02-20',
          amount: '100.00',
          applications: [{ invoiceId: 'INV-1', instalment: 1, amount: '100.00' }],
        },
      ],
    });
    const result = computeOpenItems(portfolio, { asOf: '2026-03-31', allocation: 'none' });
    expect(result.items).toEqual([]);
    expect(result.unapplied).toEqual([]);
  });

  it('keeps a prepayment for an invoice not yet issued unapplied, and applies it once the invoice exists', () => {
    const portfolio = portfolioOf({
      invoices: [
        invoice('INV-OLD', '2026-01-05', '2026-02-04', '300.00'),
        invoice('INV-NEW', '2026-04-10', '2026-05-10', '500.00'),
      ],
      payments: [
        {
          id: 'P1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-03-20',
          amount: '500.00',
          applications: [{ invoiceId: 'INV-NEW', amount: '500.00' }],
        },
      ],
    });
    const march = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    // The prepayment names INV-NEW: it is not given to the older open invoice.
    expect(openOf(march)).toEqual(['INV-OLD/1: 30000']);
    expect(unappliedOf(march)).toEqual(['payment P1: 50000']);
    const april = computeOpenItems(portfolio, { asOf: '2026-04-30' });
    expect(openOf(april)).toEqual(['INV-OLD/1: 30000']);
    expect(april.unapplied).toEqual([]);
  });

  it('applies credit notes like payments, all consumed in (date, id) order', () => {
    const portfolio = portfolioOf({
      ...twoInvoices,
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-02', amount: '900.00' }],
      creditNotes: [{ id: 'CN1', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount: '700.00' }],
    });
    const result = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    // The credit note (1 March) takes 700 of INV-1; the payment the other 300 and all 500 of INV-2.
    expect(result.items).toEqual([]);
    expect(unappliedOf(result)).toEqual(['payment P1: 10000']);
  });

  it('never applies money of one currency or customer to another’s invoices', () => {
    const portfolio = portfolioOf({
      invoices: [
        invoice('INV-1', '2026-01-05', '2026-02-04', '100.00'),
        invoice('INV-2', '2026-01-05', '2026-02-04', '100.00', { customerId: 'C2' }),
      ],
      payments: [
        { id: 'P1', customerId: 'C1', currency: 'USD', date: '2026-03-01', amount: '100.00' },
        { id: 'P2', customerId: 'C2', currency: 'CNY', date: '2026-03-01', amount: '40.00' },
      ],
    });
    const result = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    expect(openOf(result)).toEqual(['INV-1/1: 10000', 'INV-2/1: 6000']);
    expect(unappliedOf(result)).toEqual(['payment P1: 10000']);
  });

  it('counts in the currency’s own minor unit: yen and fils', () => {
    const portfolio = portfolioOf({
      invoices: [
        invoice('INV-JPY', '2026-01-05', '2026-02-04', '150000', { currency: 'JPY' }),
        invoice('INV-KWD', '2026-01-05', '2026-02-04', '12.345', { currency: 'KWD' }),
      ],
      payments: [{ id: 'P1', customerId: 'C1', currency: 'KWD', date: '2026-02-01', amount: '0.005' }],
    });
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-31' }))).toEqual([
      'INV-JPY/1: 150000',
      'INV-KWD/1: 12340',
    ]);
  });

  it('keeps an over-applied record (built by hand, not validated) from creating money', () => {
    const valid = portfolioOf(twoInvoices);
    const portfolio: Portfolio = {
      ...valid,
      payments: [
        {
          id: 'P1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-03-01',
          amount: decimal('1200.00'),
          applications: [
            { invoiceId: 'INV-1', amount: decimal('1100.00') },
            { invoiceId: 'INV-2', amount: decimal('500.00') },
          ],
        },
      ],
    };
    const result = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    // INV-1 takes its 1000 of the 1100 named (100 stays on account); INV-2 gets the 100 the payment has left.
    expect(openOf(result)).toEqual(['INV-2/1: 40000']);
    expect(unappliedOf(result)).toEqual(['payment P1: 10000']);
    expect(result.totals[0]?.received.toFixed(2)).toBe('1200.00');
  });
});

describe('computeOpenItems: as of a date', () => {
  const portfolio = portfolioOf({
    invoices: [
      invoice('INV-1', '2026-01-05', '2026-02-04', '1000.00'),
      invoice('INV-2', '2026-02-10', '2026-03-12', '500.00'),
    ],
    payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-02-20', amount: '1000.00' }],
    creditNotes: [{ id: 'CN1', customerId: 'C1', currency: 'CNY', date: '2026-03-15', amount: '100.00' }],
  });

  it('ignores invoices issued, and payments and credit notes dated, after asOf', () => {
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-01-31' }))).toEqual(['INV-1/1: 100000']);
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-02-19' }))).toEqual([
      'INV-1/1: 100000',
      'INV-2/1: 50000',
    ]);
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-02-20' }))).toEqual(['INV-2/1: 50000']);
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-15' }))).toEqual(['INV-2/1: 40000']);
  });

  it('reconciles each currency: what is open and applied is what was invoiced', () => {
    const { totals } = computeOpenItems(portfolio, { asOf: '2026-03-31' });
    const shown = totals.map(({ currency, ...figures }) => ({
      currency,
      ...Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, value.toString()])),
    }));
    expect(shown).toEqual([
      {
        currency: 'CNY',
        invoiced: '1500',
        received: '1000',
        credited: '100',
        applied: '1100',
        open: '400',
        disputed: '0',
        unapplied: '0',
      },
    ]);
  });
});

describe('computeOpenItems: disputes', () => {
  const planned = invoice('INV-1', '2026-01-05', '2026-02-04', '1000.00', {
    dueDate: undefined,
    instalments: [
      { dueDate: '2026-02-04', amount: '300.00' },
      { dueDate: '2026-03-04', amount: '600.00' },
      { dueDate: '2027-01-05', amount: '100.00' },
    ],
  });

  it('marks a dispute on an instalment, and one on the invoice spread oldest due first over what is open', () => {
    const portfolio = portfolioOf({
      invoices: [planned],
      payments: [
        {
          id: 'P1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-02-01',
          amount: '250.00',
          applications: [{ invoiceId: 'INV-1', instalment: 1, amount: '250.00' }],
        },
      ],
      disputes: [
        {
          id: 'D1',
          customerId: 'C1',
          invoiceId: 'INV-1',
          instalment: 3,
          openedOn: '2026-02-10',
          amount: '80.00',
        },
        { id: 'D2', customerId: 'C1', invoiceId: 'INV-1', openedOn: '2026-02-10', amount: '200.00' },
      ],
    });
    // D2's 200: 50 on instalment 1 (all that is open there), then 150 on instalment 2.
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-31' }))).toEqual([
      'INV-1/1: 5000 (5000)',
      'INV-1/2: 60000 (15000)',
      'INV-1/3: 10000 (8000)',
    ]);
  });

  it('counts a dispute from the day it opens until the day it is resolved, that day excluded', () => {
    const portfolio = portfolioOf({
      invoices: [invoice('INV-1', '2026-01-05', '2026-02-04', '1000.00')],
      disputes: [
        {
          id: 'D1',
          customerId: 'C1',
          invoiceId: 'INV-1',
          openedOn: '2026-02-10',
          resolvedOn: '2026-03-10',
          amount: '400.00',
        },
      ],
    });
    const disputedOn = (asOf: IsoDate) => computeOpenItems(portfolio, { asOf }).items[0]?.disputedMinor;
    expect([
      disputedOn('2026-02-09'),
      disputedOn('2026-02-10'),
      disputedOn('2026-03-09'),
      disputedOn('2026-03-10'),
    ]).toEqual([0, 40000, 40000, 0]);
  });

  it('never marks more disputed than is open', () => {
    const portfolio = portfolioOf({
      invoices: [invoice('INV-1', '2026-01-05', '2026-02-04', '1000.00')],
      payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-02-01', amount: '900.00' }],
      disputes: [
        { id: 'D1', customerId: 'C1', invoiceId: 'INV-1', openedOn: '2026-01-10', amount: '1000.00' },
      ],
    });
    expect(openOf(computeOpenItems(portfolio, { asOf: '2026-03-31' }))).toEqual(['INV-1/1: 10000 (10000)']);
  });
});

describe('computeOpenItems: bad input', () => {
  const portfolio = portfolioOf({ invoices: [invoice('INV-1', '2026-01-05', '2026-02-04', '1000.00')] });

  it('refuses a malformed asOf, naming the function and the field', () => {
    expect(() => computeOpenItems(portfolio, { asOf: '2026-02-30' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_DATE',
        message: 'computeOpenItems: asOf: "2026-02-30" is not a date: February 2026 has 28 days',
      }),
    );
  });

  it('refuses an unknown allocation strategy', () => {
    expect(() =>
      computeOpenItems(portfolio, { asOf: '2026-03-31', allocation: 'fifo' as AllocationStrategy }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('refuses an amount finer than the currency’s minor unit in a hand-built portfolio, with its path', () => {
    const first = portfolio.invoices[0]!;
    const bad: Portfolio = {
      ...portfolio,
      invoices: [
        {
          ...first,
          amount: decimal('10.005'),
          instalments: [{ ...first.instalments[0]!, amount: decimal('10.005') }],
        },
      ],
    };
    expect(() => computeOpenItems(bad, { asOf: '2026-03-31' })).toThrow(
      expect.objectContaining({
        code: 'AMOUNT_TOO_PRECISE',
        message: expect.stringMatching(/^computeOpenItems: invoices\[0\]\.instalments\[0\]\.amount: /),
      }),
    );
  });
});

const asOfArbitrary = isoDateArbitrary({ min: '1999-06-01', max: '2037-06-30' });
const strategyArbitrary = fc.constantFrom<AllocationStrategy>('oldestDue', 'oldestIssued', 'none');

function minorTotal(
  records: readonly { amount: { toString(): string }; currency: string }[],
  currency: string,
): number {
  return records
    .filter((record) => record.currency === currency)
    .reduce((sum, record) => sum + toMinorUnits(record.amount.toString(), currency), 0);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The portfolio as it stood on `asOf`: nothing issued, dated or opened later. */
function asItStood(portfolio: Portfolio, asOf: IsoDate): Portfolio {
  return {
    ...portfolio,
    invoices: portfolio.invoices.filter((record) => record.issueDate <= asOf),
    payments: portfolio.payments.filter((record) => record.date <= asOf),
    creditNotes: portfolio.creditNotes.filter((record) => record.date <= asOf),
    disputes: portfolio.disputes.filter((record) => record.openedOn <= asOf),
  };
}

describe('properties', () => {
  it('never creates or loses money: open + applied = invoiced and applied + unapplied = received + credited', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), asOfArbitrary, strategyArbitrary, (portfolio, asOf, allocation) => {
        const result = computeOpenItems(portfolio, { asOf, allocation });
        const kept = asItStood(portfolio, asOf);
        const currencies = new Set(
          [...kept.invoices, ...kept.payments, ...kept.creditNotes].map((record) => record.currency),
        );
        for (const currency of currencies) {
          const invoiced = minorTotal(kept.invoices, currency);
          const paidAndCredited = minorTotal([...kept.payments, ...kept.creditNotes], currency);
          const open = sum(
            result.items.filter((item) => item.currency === currency).map((item) => item.openMinor),
          );
          const unapplied = sum(
            result.unapplied.filter((line) => line.currency === currency).map((line) => line.amountMinor),
          );
          const applied = invoiced - open;
          expect(applied + unapplied).toBe(paidAndCredited);
          const totals = result.totals.find((line) => line.currency === currency);
          expect(totals?.applied.toString()).toBe(
            decimal(applied)
              .div(10 ** (currency === 'JPY' ? 0 : currency === 'KWD' ? 3 : 2))
              .toString(),
          );
          expect(totals?.open.plus(totals.applied).equals(totals.invoiced)).toBe(true);
          expect(totals?.applied.plus(totals.unapplied).equals(totals.received.plus(totals.credited))).toBe(
            true,
          );
        }
      }),
    );
  });

  it('keeps every item within bounds: 0 < open ≤ original and 0 ≤ disputed ≤ open', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), asOfArbitrary, strategyArbitrary, (portfolio, asOf, allocation) => {
        for (const item of computeOpenItems(portfolio, { asOf, allocation }).items) {
          expect(item.openMinor).toBeGreaterThan(0);
          expect(item.openMinor).toBeLessThanOrEqual(item.originalMinor);
          expect(item.disputedMinor).toBeGreaterThanOrEqual(0);
          expect(item.disputedMinor).toBeLessThanOrEqual(item.openMinor);
          expect(item.documentDate <= asOf).toBe(true);
        }
      }),
    );
  });

  it('ignores later documents: the open items as of a date are those of the portfolio as it stood that day', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), asOfArbitrary, strategyArbitrary, (portfolio, asOf, allocation) => {
        expect(computeOpenItems(asItStood(portfolio, asOf), { asOf, allocation })).toEqual(
          computeOpenItems(portfolio, { asOf, allocation }),
        );
      }),
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary(),
        asOfArbitrary,
        fc.infiniteStream(fc.nat()),
        (portfolio, asOf, picks) => {
          const shuffle = <T>(list: readonly T[]): T[] =>
            list
              .map((value) => ({ value, key: picks.next().value as number }))
              .sort((a, b) => a.key - b.key)
              .map(({ value }) => value);
          const shuffled = {
            ...portfolio,
            payments: shuffle(portfolio.payments),
            creditNotes: shuffle(portfolio.creditNotes),
            disputes: shuffle(portfolio.disputes),
          };
          expect(computeOpenItems(shuffled, { asOf })).toEqual(computeOpenItems(portfolio, { asOf }));
        },
      ),
    );
  });

  it('moves money only between open and unapplied: every strategy leaves the same net balance, none leaves the most open', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), asOfArbitrary, (portfolio, asOf) => {
        const net = (allocation: AllocationStrategy) => {
          const result = computeOpenItems(portfolio, { asOf, allocation });
          return result.totals.map(
            (line) => [line.currency, line.open.minus(line.unapplied).toString(), line.open] as const,
          );
        };
        const [due, issued, none] = [net('oldestDue'), net('oldestIssued'), net('none')];
        expect(due.map(([currency, balance]) => [currency, balance])).toEqual(
          none.map(([currency, balance]) => [currency, balance]),
        );
        expect(issued.map(([currency, balance]) => [currency, balance])).toEqual(
          none.map(([currency, balance]) => [currency, balance]),
        );
        for (const [index, [, , open]] of due.entries()) expect(open.lte(none[index]![2])).toBe(true);
      }),
    );
  });

  it('converts every amount exactly as toMinorUnits does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CNY', 'JPY', 'KWD'),
        fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
        fc.integer({ min: 0, max: 4 }),
        (currency, digits, scale) => {
          const amount = decimal(`${digits}e-${scale}`);
          let expected: number | string;
          try {
            expected = toMinorUnits(amount, currency);
          } catch (error) {
            expected = (error as { code: string }).code;
          }
          let actual: number | string;
          try {
            actual = openItemsMinor(amount, currency, 'amount');
          } catch (error) {
            actual = (error as { code: string }).code;
          }
          expect(actual).toBe(expected);
        },
      ),
    );
  });
});
