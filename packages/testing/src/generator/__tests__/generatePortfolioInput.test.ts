import { parsePortfolio, serializePortfolio } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePortfolio, generatePortfolioInput } from '../../index.ts';

describe('generatePortfolioInput', () => {
  it('writes exactly what serializePortfolio writes for the same portfolio', () => {
    for (const options of [
      { seed: 1, customers: 0, invoices: 0 },
      { seed: 1, customers: 4, invoices: 100 },
      { seed: 77, customers: 30, invoices: 2500, currencies: ['CNY', 'USD', 'JPY', 'KWD'] },
    ]) {
      expect(generatePortfolioInput(options)).toEqual(serializePortfolio(generatePortfolio(options)));
    }
  });

  it('reads back through JSON and parsePortfolio as generatePortfolio’s portfolio', () => {
    const options = { seed: 8, customers: 25, invoices: 1500, asOf: '2025-03-31', spanDays: 400 };
    const text = JSON.stringify(generatePortfolioInput(options));
    expect(parsePortfolio(JSON.parse(text))).toEqual(generatePortfolio(options));
  });

  it('writes every amount as text with the currency’s digits: 1200.00, 500, 1.500', () => {
    const shapes: Record<string, RegExp> = { CNY: /^\d+\.\d{2}$/, JPY: /^\d+$/, KWD: /^\d+\.\d{3}$/ };
    for (const [currency, shape] of Object.entries(shapes)) {
      const input = generatePortfolioInput({ seed: 3, customers: 20, invoices: 400, currencies: [currency] });
      const amounts = [
        ...(input.invoices ?? []).flatMap((invoice) => [
          invoice.amount,
          ...(invoice.instalments ?? []).map((part) => part.amount),
        ]),
        ...(input.payments ?? []).flatMap((payment) => [
          payment.amount,
          ...(payment.applications ?? []).map((part) => part.amount),
        ]),
        ...(input.promises ?? []).map((promise) => promise.amount),
      ];
      expect(amounts.length).toBeGreaterThan(400);
      for (const amount of amounts) expect(amount).toMatch(shape);
    }
  });

  it('names itself in its errors', () => {
    expect(() => generatePortfolioInput({ seed: 1, customers: 0, invoices: 1 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'generatePortfolioInput: 1 invoices need at least one customer',
      }),
    );
  });
});

describe('properties', () => {
  it('is generatePortfolio written as input: it equals serializePortfolio(generatePortfolio(o))', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 15 }), fc.nat(150), (seed, customers, invoices) => {
        const options = { seed, customers, invoices, currencies: ['USD', 'KWD', 'JPY'] };
        expect(generatePortfolioInput(options)).toEqual(serializePortfolio(generatePortfolio(options)));
      }),
      { numRuns: 30 },
    );
  });
});
