import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPortfolioProblems } from '../../_internals/listPortfolioProblems.ts';
import { portfolioArbitrary } from '../../index.ts';
import { throughCore } from './roundTrip.ts';

describe('portfolioArbitrary', () => {
  it('respects the size limits', () => {
    for (const portfolio of fc.sample(portfolioArbitrary({ maxCustomers: 2, maxInvoices: 4 }), 100)) {
      expect(portfolio.customers.length).toBeLessThanOrEqual(2);
      expect(portfolio.invoices.length).toBeLessThanOrEqual(4);
      expect(portfolio.payments.length).toBeLessThanOrEqual(8);
      expect(
        portfolio.creditNotes.length + portfolio.disputes.length + portfolio.promises.length,
      ).toBeLessThanOrEqual(6);
    }
  });

  it('draws invoices only in the currencies given', () => {
    const portfolios = fc.sample(portfolioArbitrary({ currencies: ['JPY', 'KWD'] }), 50);
    const currencies = new Set(
      portfolios.flatMap((portfolio) => portfolio.invoices.map((invoice) => invoice.currency)),
    );
    expect(currencies).toEqual(new Set(['JPY', 'KWD']));
  });

  it('covers the interesting cases: cash on account, instalment applications, open and resolved disputes, balance promises', () => {
    const portfolios = fc.sample(portfolioArbitrary(), 200);
    const payments = portfolios.flatMap((portfolio) => portfolio.payments);
    const disputes = portfolios.flatMap((portfolio) => portfolio.disputes);
    const promises = portfolios.flatMap((portfolio) => portfolio.promises);
    expect(payments.some((payment) => payment.applications.length === 0)).toBe(true);
    expect(payments.some((payment) => payment.applications[0]?.instalment !== undefined)).toBe(true);
    expect(payments.some((payment) => payment.applications[0]?.amount.lessThan(payment.amount))).toBe(true);
    expect(portfolios.flatMap((portfolio) => portfolio.creditNotes).length).toBeGreaterThan(0);
    expect(disputes.some((dispute) => dispute.resolvedOn === undefined)).toBe(true);
    expect(disputes.some((dispute) => dispute.resolvedOn !== undefined)).toBe(true);
    expect(promises.some((promise) => promise.invoiceIds.length === 0)).toBe(true);
    expect(promises.some((promise) => promise.invoiceIds.length > 1)).toBe(true);
  });

  it('shrinks a failing portfolio to the smallest one that fails', () => {
    const result = fc.check(
      fc.property(portfolioArbitrary(), (portfolio) => portfolio.invoices.length < 2),
      { seed: 1 },
    );
    const [portfolio] = result.counterexample ?? [];
    expect(portfolio?.customers).toHaveLength(1);
    expect(portfolio?.invoices).toHaveLength(2);
    expect(portfolio?.payments).toHaveLength(0);
  });

  it('refuses fractional or negative limits and bad currency lists', () => {
    expect(() => portfolioArbitrary({ maxInvoices: 2.5 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'portfolioArbitrary: maxInvoices 2.5 is not a whole number of records',
      }),
    );
    expect(() => portfolioArbitrary({ maxCustomers: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => portfolioArbitrary({ currencies: ['CNY', 'BTC'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
  });
});

describe('properties', () => {
  it('keeps every invariant: references resolve, instalments sum, applications and disputes stay within bounds', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), (portfolio) => listPortfolioProblems(portfolio).length === 0),
    );
  });

  it('draws portfolios core validates unchanged: parsePortfolio(serializePortfolio(p)) equals p', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), (portfolio) => {
        expect(throughCore(portfolio)).toEqual(portfolio);
      }),
    );
  });

  it('gives every record an id of its own', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), (portfolio) =>
        Object.values(portfolio).every(
          (records: readonly { id: string }[]) =>
            new Set(records.map((record) => record.id)).size === records.length,
        ),
      ),
    );
  });
});
