import {
  decimal,
  type Invoice,
  type Portfolio,
  parsePortfolio,
  serializePortfolio,
  toDayNumber,
} from '@receivables/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPortfolioProblems } from '../../_internals/listPortfolioProblems.ts';
import { generatePortfolio } from '../../index.ts';

/** FNV-1a over the JSON text: one number that changes when any byte of the portfolio does. */
function fingerprint(portfolio: Portfolio): string {
  const text = JSON.stringify(portfolio);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16).padStart(8, '0')}/${text.length}`;
}

function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

describe('generatePortfolio', () => {
  it('makes exactly the customers and invoices asked for, numbered from 1', () => {
    for (const [customers, invoices] of [
      [0, 0],
      [1, 0],
      [1, 1],
      [3, 50],
      [120, 7],
    ] as const) {
      const portfolio = generatePortfolio({ seed: 5, customers, invoices });
      expect(portfolio.customers.map((customer) => customer.id)).toEqual(
        Array.from({ length: customers }, (_, i) => `C${String(i + 1).padStart(4, '0')}`),
      );
      expect(portfolio.invoices.map((invoice) => invoice.id)).toEqual(
        Array.from({ length: invoices }, (_, i) => `INV-${String(i + 1).padStart(6, '0')}`),
      );
    }
  });

  it('numbers payments, credit notes, disputes and promises in date order', () => {
    const portfolio = generatePortfolio({ seed: 11, customers: 40, invoices: 3000 });
    const inOrder = (dates: readonly string[]) => dates.every((date, i) => i === 0 || dates[i - 1]! <= date);
    expect(portfolio.payments.map((payment) => payment.id)).toEqual(
      portfolio.payments.map((_, i) => `PAY-${String(i + 1).padStart(6, '0')}`),
    );
    expect(inOrder(portfolio.invoices.map((invoice) => invoice.issueDate))).toBe(true);
    expect(inOrder(portfolio.payments.map((payment) => payment.date))).toBe(true);
    expect(inOrder(portfolio.creditNotes.map((note) => note.date))).toBe(true);
    expect(inOrder(portfolio.disputes.map((dispute) => dispute.openedOn))).toBe(true);
    expect(inOrder(portfolio.promises.map((promise) => promise.madeOn))).toBe(true);
    expect(portfolio.creditNotes[0]?.id).toBe('CN-000001');
    expect(portfolio.disputes[0]?.id).toBe('DSP-000001');
    expect(portfolio.promises[0]?.id).toBe('PTP-000001');
  });

  it('issues within spanDays before asOf and records nothing after asOf', () => {
    const portfolio = generatePortfolio({
      seed: 2,
      customers: 30,
      invoices: 2000,
      asOf: '2025-12-31',
      spanDays: 90,
    });
    expect(
      portfolio.invoices.every(
        (invoice) => invoice.issueDate >= '2025-10-02' && invoice.issueDate <= '2025-12-31',
      ),
    ).toBe(true);
    expect(portfolio.invoices[0]?.issueDate).toBe('2025-10-02');
    expect(portfolio.invoices.at(-1)?.issueDate).toBe('2025-12-31');
    expect(listPortfolioProblems(portfolio, { asOf: '2025-12-31' })).toEqual([]);
  });

  it('issues every invoice on asOf when spanDays is 0', () => {
    const portfolio = generatePortfolio({
      seed: 2,
      customers: 3,
      invoices: 40,
      asOf: '2028-02-29',
      spanDays: 0,
    });
    expect(new Set(portfolio.invoices.map((invoice) => invoice.issueDate))).toEqual(new Set(['2028-02-29']));
    expect(portfolio.payments.every((payment) => payment.date === '2028-02-29')).toBe(true);
  });

  it('onboards each customer no later than its first invoice', () => {
    const portfolio = generatePortfolio({ seed: 8, customers: 200, invoices: 5000 });
    const first = new Map<string, string>();
    for (const invoice of portfolio.invoices)
      if (!first.has(invoice.customerId)) first.set(invoice.customerId, invoice.issueDate);
    for (const customer of portfolio.customers) {
      expect(customer.onboardedOn! <= (first.get(customer.id) ?? '9999-12-31')).toBe(true);
    }
  });

  it('writes amounts with the currency’s minor unit: whole yen, fils to three decimals', () => {
    const yen = generatePortfolio({ seed: 4, customers: 10, invoices: 300, currencies: ['JPY'] });
    expect(yen.invoices.every((invoice) => invoice.currency === 'JPY' && invoice.amount.isInteger())).toBe(
      true,
    );
    const dinars = generatePortfolio({ seed: 4, customers: 10, invoices: 300, currencies: ['KWD'] });
    expect(dinars.invoices.some((invoice) => invoice.amount.decimalPlaces() === 3)).toBe(true);
    expect(listPortfolioProblems(yen)).toEqual([]);
    expect(listPortfolioProblems(dinars)).toEqual([]);
  });

  it('passes core’s validation unchanged: parsePortfolio(serializePortfolio(p)) equals p', () => {
    for (const [seed, customers, invoices] of [
      [1, 1, 1],
      [2, 5, 200],
      [3, 60, 4000],
      [-7, 9, 900],
    ] as const) {
      const portfolio = generatePortfolio({ seed, customers, invoices, currencies: ['CNY', 'USD', 'JPY'] });
      expect(parsePortfolio(JSON.parse(JSON.stringify(serializePortfolio(portfolio))))).toEqual(portfolio);
    }
  });

  it('refuses bad options, naming the option', () => {
    const base = { seed: 1, customers: 2, invoices: 3 };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ seed: 1.5 }, 'INVALID_ARGUMENT', 'generatePortfolio: seed 1.5 is not a safe integer'],
      [{ seed: Number.NaN }, 'INVALID_ARGUMENT', 'generatePortfolio: seed NaN is not a safe integer'],
      [
        { customers: -1 },
        'INVALID_ARGUMENT',
        'generatePortfolio: customers -1 is not a whole number of records',
      ],
      [
        { invoices: 0.5 },
        'INVALID_ARGUMENT',
        'generatePortfolio: invoices 0.5 is not a whole number of records',
      ],
      [{ customers: 0 }, 'INVALID_ARGUMENT', 'generatePortfolio: 3 invoices need at least one customer'],
      [
        { spanDays: -1 },
        'INVALID_ARGUMENT',
        'generatePortfolio: spanDays -1 is not a whole number of records',
      ],
      [
        { asOf: '2026-02-30' },
        'INVALID_DATE',
        'generatePortfolio: asOf "2026-02-30" is not a YYYY-MM-DD date',
      ],
      [
        { currencies: [] },
        'INVALID_ARGUMENT',
        'generatePortfolio: currencies must list at least one ISO 4217 code, got an array of 0',
      ],
      [{ currencies: ['CNY', 'CNY'] }, 'INVALID_ARGUMENT', 'generatePortfolio: currencies list CNY twice'],
      [
        { currencies: ['RMB'] },
        'INVALID_CURRENCY',
        'generatePortfolio: "RMB" is not an ISO 4217 currency code the platform knows',
      ],
    ];
    for (const [change, code, message] of cases) {
      expect(() => generatePortfolio({ ...base, ...change } as never)).toThrow(
        expect.objectContaining({ code, message }),
      );
    }
    expect(() => generatePortfolio({ ...base, asOf: '0003-01-01' })).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }),
    );
    expect(() => generatePortfolio({ ...base, asOf: '9999-06-30' })).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }),
    );
  });
});

describe('generatePortfolio: a realistic book', () => {
  let book: Portfolio;
  let invoiceById: Map<string, Invoice>;
  beforeAll(() => {
    book = generatePortfolio({ seed: 20260630, customers: 2000, invoices: 40_000 });
    invoiceById = new Map(book.invoices.map((invoice) => [invoice.id, invoice]));
  });

  it('keeps every invariant as of 2026-06-30', () => {
    expect(listPortfolioProblems(book, { asOf: '2026-06-30' })).toEqual([]);
  });

  it('is mostly CNY, with about 5% of customers paying in USD', () => {
    const usdCustomers = new Set(
      book.invoices.filter((invoice) => invoice.currency === 'USD').map((invoice) => invoice.customerId),
    );
    const invoicedCustomers = new Set(book.invoices.map((invoice) => invoice.customerId));
    expect(share(usdCustomers.size, invoicedCustomers.size)).toBeGreaterThan(0.03);
    expect(share(usdCustomers.size, invoicedCustomers.size)).toBeLessThan(0.08);
    expect(
      share(book.invoices.filter((invoice) => invoice.currency === 'CNY').length, book.invoices.length),
    ).toBeGreaterThan(0.85);
  });

  it('concentrates the money in a few large accounts', () => {
    const byCustomer = new Map<string, number>();
    for (const invoice of book.invoices) {
      if (invoice.currency !== 'CNY') continue;
      byCustomer.set(
        invoice.customerId,
        (byCustomer.get(invoice.customerId) ?? 0) + invoice.amount.toNumber(),
      );
    }
    const totals = [...byCustomer.values()].sort((a, b) => b - a);
    const top = totals.slice(0, Math.ceil(totals.length / 10)).reduce((sum, value) => sum + value, 0);
    expect(
      share(
        top,
        totals.reduce((sum, value) => sum + value, 0),
      ),
    ).toBeGreaterThan(0.6);
    expect(new Set(book.customers.map((customer) => customer.group))).toEqual(
      new Set(['key-accounts', 'standard', 'small-business']),
    );
  });

  it('puts about 15% of invoices on 3-6-1 and about 5% on 3-3-3-1, split exactly in fen', () => {
    const plans = (count: number) => book.invoices.filter((invoice) => invoice.instalments.length === count);
    expect(share(plans(3).length, book.invoices.length)).toBeGreaterThan(0.13);
    expect(share(plans(3).length, book.invoices.length)).toBeLessThan(0.17);
    expect(share(plans(4).length, book.invoices.length)).toBeGreaterThan(0.04);
    expect(share(plans(4).length, book.invoices.length)).toBeLessThan(0.06);
    for (const invoice of plans(3)) {
      const [signing, delivery, warranty] = invoice.instalments;
      const fen = (amount: typeof invoice.amount) => amount.times(100);
      expect(fen(signing!.amount).equals(fen(invoice.amount).times(0.3).floor())).toBe(true);
      expect(fen(delivery!.amount).equals(fen(invoice.amount).times(0.6).floor())).toBe(true);
      expect(daysBetween(invoice.issueDate, signing!.dueDate)).toBe(7);
      expect(daysBetween(invoice.issueDate, delivery!.dueDate)).toBeGreaterThanOrEqual(60);
      expect(daysBetween(delivery!.dueDate, warranty!.dueDate)).toBe(365);
    }
  });

  it('gives plain invoices credit terms of 30, 45, 60 or 90 days', () => {
    const terms = new Set(
      book.invoices
        .filter((invoice) => invoice.instalments.length === 1)
        .map((invoice) => daysBetween(invoice.issueDate, invoice.dueDate)),
    );
    expect(terms).toEqual(new Set([30, 45, 60, 90]));
  });

  it('writes amounts in whole yuan and with fen', () => {
    const cny = book.invoices.filter((invoice) => invoice.currency === 'CNY');
    const whole = cny.filter((invoice) => invoice.amount.isInteger()).length;
    expect(share(whole, cny.length)).toBeGreaterThan(0.5);
    expect(share(whole, cny.length)).toBeLessThan(0.7);
  });

  it('pays early, on time, late and very late, in part, applied and on account', () => {
    const lateness: number[] = [];
    let partial = 0;
    for (const payment of book.payments) {
      const application = payment.applications[0];
      if (application === undefined) continue;
      const invoice = invoiceById.get(application.invoiceId)!;
      const instalment = invoice.instalments[(application.instalment ?? 1) - 1]!;
      lateness.push(daysBetween(instalment.dueDate, payment.date));
      if (payment.amount.lessThan(instalment.amount)) partial += 1;
    }
    expect(lateness.some((days) => days < 0)).toBe(true);
    expect(lateness.some((days) => days >= 10 && days <= 40)).toBe(true);
    expect(lateness.some((days) => days >= 60)).toBe(true);
    expect(partial).toBeGreaterThan(0);
    const unapplied = book.payments.filter((payment) => payment.applications.length === 0).length;
    expect(share(unapplied, book.payments.length)).toBeGreaterThan(0.15);
    expect(share(unapplied, book.payments.length)).toBeLessThan(0.4);
  });

  it('disputes about 3% of invoices, some resolved, some still open', () => {
    const disputed = new Set(book.disputes.map((dispute) => dispute.invoiceId));
    expect(share(disputed.size, book.invoices.length)).toBeGreaterThan(0.015);
    expect(share(disputed.size, book.invoices.length)).toBeLessThan(0.05);
    expect(book.disputes.some((dispute) => dispute.resolvedOn !== undefined)).toBe(true);
    expect(book.disputes.some((dispute) => dispute.resolvedOn === undefined)).toBe(true);
  });

  it('issues a few credit notes, some settling disputes', () => {
    expect(share(book.creditNotes.length, book.invoices.length)).toBeLessThan(0.05);
    expect(new Set(book.creditNotes.map((note) => note.reason))).toContain('dispute settled');
    expect(book.creditNotes.every((note) => note.applications.length === 1)).toBe(true);
  });

  it('records promises to pay that were kept, broken, and are still open', () => {
    expect(new Set(book.promises.map((promise) => promise.status))).toEqual(
      new Set(['open', 'kept', 'broken']),
    );
    expect(book.promises.some((promise) => promise.invoiceIds.length === 0)).toBe(true);
    for (const promise of book.promises) expect(promise.madeOn <= promise.promisedDate).toBe(true);
  });

  it('tags customers by region and salesperson from small fixed lists', () => {
    const regions = new Set(book.customers.map((customer) => customer.tags.region));
    const salespeople = new Set(book.customers.map((customer) => customer.tags.salesperson));
    expect(regions.size).toBe(5);
    expect(salespeople.size).toBe(8);
  });
});

describe('generatePortfolio: determinism', () => {
  it('gives a deep-equal portfolio for the same seed and different ones for different seeds', () => {
    const options = { customers: 25, invoices: 800 };
    expect(generatePortfolio({ seed: 99, ...options })).toEqual(generatePortfolio({ seed: 99, ...options }));
    expect(fingerprint(generatePortfolio({ seed: 99, ...options }))).not.toBe(
      fingerprint(generatePortfolio({ seed: 100, ...options })),
    );
    expect(fingerprint(generatePortfolio({ seed: 2 ** 32, ...options }))).not.toBe(
      fingerprint(generatePortfolio({ seed: 0, ...options })),
    );
  });

  it('keeps the same customers whatever the number of invoices', () => {
    const names = (invoices: number) =>
      generatePortfolio({ seed: 3, customers: 30, invoices }).customers.map(({ name, group, tags }) => ({
        name,
        group,
        tags,
      }));
    expect(names(10)).toEqual(names(5000));
  });

  // Pinned: it changes only when the generator's output does, which changes every benchmark's data.
  // Update it on purpose, in the same commit as the generator change, and say so in the changeset.
  it('matches its pinned fingerprint, byte for byte, on every machine', () => {
    expect(fingerprint(generatePortfolio({ seed: 42, customers: 20, invoices: 500 }))).toBe(
      'a6a5adec/239337',
    );
  });

  it('gives the same bytes in UTC+14 and UTC-11', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const offsetEast = new Date(2026, 0, 1).getTimezoneOffset();
      const east = JSON.stringify(generatePortfolio({ seed: 6, customers: 30, invoices: 2000 }));
      process.env.TZ = 'Pacific/Pago_Pago';
      const offsetWest = new Date(2026, 0, 1).getTimezoneOffset();
      const west = JSON.stringify(generatePortfolio({ seed: 6, customers: 30, invoices: 2000 }));
      expect([offsetEast, offsetWest]).toEqual([-840, 660]);
      expect(west).toBe(east);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('properties', () => {
  it('keeps every invariant for any seed and size, as of its asOf', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(400),
        fc.integer({ min: 0, max: 1000 }),
        (seed, customers, invoices, spanDays) => {
          const portfolio = generatePortfolio({ seed, customers, invoices, spanDays, asOf: '2027-03-31' });
          expect(listPortfolioProblems(portfolio, { asOf: '2027-03-31' })).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('passes through core unchanged for any seed: parsePortfolio(serializePortfolio(p)) equals p', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 20 }), fc.nat(200), (seed, customers, invoices) => {
        const portfolio = generatePortfolio({ seed, customers, invoices, currencies: ['USD', 'JPY', 'KWD'] });
        expect(parsePortfolio(serializePortfolio(portfolio))).toEqual(portfolio);
      }),
      { numRuns: 30 },
    );
  });

  it('honours the counts: exactly as many customers and invoices as asked, ids never colliding', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 50 }), fc.nat(300), (seed, customers, invoices) => {
        const portfolio = generatePortfolio({ seed, customers, invoices });
        expect([portfolio.customers.length, portfolio.invoices.length]).toEqual([customers, invoices]);
        for (const records of Object.values(portfolio) as (readonly { id: string }[])[]) {
          expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('is a function of its options: the same options always give the same bytes', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(100), (seed, invoices) => {
        const options = { seed, customers: 7, invoices };
        expect(JSON.stringify(generatePortfolio(options))).toBe(JSON.stringify(generatePortfolio(options)));
      }),
      { numRuns: 20 },
    );
  });

  it('keeps exact totals: every plan sums to its invoice to the fen', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const invoice of generatePortfolio({ seed, customers: 5, invoices: 100 }).invoices) {
          const total = invoice.instalments.reduce(
            (sum, instalment) => sum.plus(instalment.amount),
            decimal(0),
          );
          expect(total.equals(invoice.amount)).toBe(true);
        }
      }),
      { numRuns: 20 },
    );
  });
});
