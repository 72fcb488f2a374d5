import {
  addYears,
  decimal,
  type IsoDate,
  type Portfolio,
  parsePortfolio,
  toDayNumber,
} from '@receivables/core';
import { isoDateArbitrary, portfolioArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agedBalancesStartedYears } from '../../_internals/agedBalancesStartedYears.ts';
import type { AgeReceivablesOptions, AgingReport } from '../../index.ts';
import {
  addOpenItems,
  addUnappliedCredit,
  ageReceivables,
  agingResult,
  chineseAnnualBuckets,
  computeOpenItems,
  createAgingAccumulator,
  managementBuckets,
  mergeAgingAccumulators,
  thirtyDayBuckets,
} from '../../index.ts';

function plain(report: AgingReport): unknown {
  return JSON.parse(JSON.stringify(report));
}

describe('ageReceivables', () => {
  const portfolio = parsePortfolio({
    customers: [
      { id: 'C1', name: 'Hengda Trading', tags: { salesperson: 'Li Wei' } },
      { id: 'C2', name: 'Lianhua Foods', tags: { salesperson: 'Zhang Min' } },
    ],
    invoices: [
      {
        id: 'INV-1',
        customerId: 'C1',
        currency: 'CNY',
        issueDate: '2026-01-10',
        dueDate: '2026-02-09',
        amount: '5000.00',
      },
      {
        id: 'INV-2',
        customerId: 'C1',
        currency: 'CNY',
        issueDate: '2026-05-20',
        dueDate: '2026-06-19',
        amount: '3000.00',
      },
      {
        id: 'INV-3',
        customerId: 'C2',
        currency: 'USD',
        issueDate: '2026-06-01',
        dueDate: '2026-07-01',
        amount: '800.00',
      },
    ],
    payments: [
      { id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-06-25', amount: '6000.00' },
      {
        id: 'P2',
        customerId: 'C2',
        currency: 'USD',
        date: '2026-06-28',
        amount: '50.00',
        applications: [{ invoiceId: 'INV-3', amount: '50.00' }],
      },
    ],
    disputes: [{ id: 'D1', customerId: 'C1', invoiceId: 'INV-2', openedOn: '2026-06-26', amount: '500.00' }],
  });

  it('ages the open items of a portfolio as of a date, with unapplied cash beside', () => {
    const report = ageReceivables(portfolio, { asOf: '2026-06-30', groupBy: ['salesperson'] });
    expect(
      report.customers.map(
        (line) =>
          `${line.customerId} ${line.currency} ${line.balance.toFixed(2)} disputed ${line.disputed.toFixed(2)} oldest ${line.oldestDaysPastDue}`,
      ),
    ).toEqual(['C1 CNY 2000.00 disputed 500.00 oldest 11', 'C2 USD 750.00 disputed 0.00 oldest -1']);
    expect(
      report.groups.map(
        (line) => `${line.value} ${line.currency} ${line.overdueExcludingDisputed.toFixed(2)}`,
      ),
    ).toEqual(['Li Wei CNY 1500.00', 'Zhang Min USD 0.00']);
  });

  it('reproduces an earlier month-end exactly, ignoring what came later', () => {
    const may = ageReceivables(portfolio, { asOf: '2026-05-31', buckets: managementBuckets });
    expect(may.customers.map((line) => `${line.customerId} ${line.balance.toFixed(2)}`)).toEqual([
      'C1 8000.00',
    ]);
    expect(may.currencies[0]?.buckets.map((bucket) => bucket.balance.toFixed(0))).toEqual([
      '3000',
      '0',
      '0',
      '0',
      '5000',
      '0',
      '0',
    ]);
  });

  it('passes allocation, basis, disputed treatment and conversion through', () => {
    const report = ageReceivables(portfolio, {
      asOf: '2026-06-30',
      allocation: 'none',
      disputed: 'exclude',
      basis: 'documentDate',
      reportingCurrency: 'CNY',
      rates: { USD: '7.2' },
    });
    expect(
      report.currencies.map(
        (line) => `${line.currency} ${line.balance.toFixed(2)} ${line.unapplied.toFixed(2)}`,
      ),
    ).toEqual(['CNY 7500.00 6000.00', 'USD 750.00 0.00']);
    expect(report.reporting?.total.balance.toFixed(2)).toBe('12900.00');
    expect(report.reporting?.total.unapplied.toFixed(2)).toBe('6000.00');
  });
});

const asOfArbitrary = isoDateArbitrary({ min: '1999-06-01', max: '2037-06-30' });
const optionsArbitrary: fc.Arbitrary<Omit<AgeReceivablesOptions, 'asOf'>> = fc.record({
  buckets: fc.constantFrom(thirtyDayBuckets, managementBuckets, chineseAnnualBuckets),
  basis: fc.constantFrom('dueDate' as const, 'documentDate' as const),
  disputed: fc.constantFrom('include' as const, 'exclude' as const),
  allocation: fc.constantFrom('oldestDue' as const, 'oldestIssued' as const, 'none' as const),
});

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
  it('makes bucket totals sum exactly to the open balance of the portfolio', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), asOfArbitrary, optionsArbitrary, (portfolio, asOf, options) => {
        const report = ageReceivables(portfolio, { asOf, ...options, disputed: 'include' });
        const { totals } = computeOpenItems(portfolio, {
          asOf,
          allocation: options.allocation ?? 'oldestDue',
        });
        for (const line of report.currencies) {
          const buckets = line.buckets.reduce((sum, bucket) => sum.plus(bucket.balance), decimal(0));
          const open = totals.find((total) => total.currency === line.currency);
          expect(buckets.equals(open?.open ?? decimal(0))).toBe(true);
          expect(line.unapplied.equals(open?.unapplied ?? decimal(0))).toBe(true);
          expect(line.disputed.equals(open?.disputed ?? decimal(0))).toBe(true);
        }
      }),
    );
  });

  it('ignores later documents: aging as of a date is that of the portfolio as it stood that day', () => {
    fc.assert(
      fc.property(portfolioArbitrary(), asOfArbitrary, optionsArbitrary, (portfolio, asOf, options) => {
        expect(plain(ageReceivables(asItStood(portfolio, asOf), { asOf, ...options }))).toEqual(
          plain(ageReceivables(portfolio, { asOf, ...options })),
        );
      }),
    );
  });

  it('gives what accumulators over any split of the open items give once merged', () => {
    fc.assert(
      fc.property(
        portfolioArbitrary(),
        asOfArbitrary,
        optionsArbitrary,
        fc.nat(),
        (portfolio, asOf, options, cut) => {
          const { allocation, ...accumulatorOptions } = options;
          const open = computeOpenItems(portfolio, {
            asOf,
            ...(allocation === undefined ? {} : { allocation }),
          });
          const start = () =>
            createAgingAccumulator({ asOf, ...accumulatorOptions, customers: portfolio.customers });
          const at = cut % (open.items.length + 1);
          const first = addOpenItems(start(), open.items.slice(at));
          const second = addOpenItems(start(), open.items.slice(0, at));
          for (const credit of open.unapplied) addUnappliedCredit(second, credit);
          expect(plain(agingResult(mergeAgingAccumulators(first, second)))).toEqual(
            plain(ageReceivables(portfolio, { asOf, ...options })),
          );
        },
      ),
    );
  });

  it('counts started calendar years as the smallest k ≥ 0 with asOf ≤ addYears(date, k)', () => {
    fc.assert(
      fc.property(
        isoDateArbitrary({ min: '1990-01-01', max: '2040-12-31' }),
        isoDateArbitrary({ min: '1990-01-01', max: '2040-12-31' }),
        (date, asOf) => {
          let k = 0;
          while (toDayNumber(asOf) > toDayNumber(addYears(date, k))) k++;
          expect(agedBalancesStartedYears(date, toDayNumber(date), asOf, toDayNumber(asOf))).toBe(k);
        },
      ),
    );
  });
});
