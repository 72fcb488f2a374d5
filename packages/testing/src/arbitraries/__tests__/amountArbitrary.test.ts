import { currencyMinorUnits, decimal } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountArbitrary, currencyArbitrary } from '../../index.ts';

describe('amountArbitrary', () => {
  it('draws the one amount of a one-amount range, whatever the currency’s minor unit', () => {
    expect(fc.sample(amountArbitrary({ currency: 'KWD', min: '1.5', max: '1.500' }), 1)[0]?.toFixed(3)).toBe(
      '1.500',
    );
    expect(fc.sample(amountArbitrary({ currency: 'JPY', min: '500', max: '500' }), 1)[0]?.toString()).toBe(
      '500',
    );
  });

  it('starts at one minor unit by default: fen, whole yen, fils', () => {
    const smallest = (currency: string) =>
      fc
        .check(
          fc.property(amountArbitrary({ currency }), (amount) => amount.greaterThan(1e9)),
          { seed: 7 },
        )
        .counterexample?.[0]?.toString();
    expect(smallest('CNY')).toBe('0.01');
    expect(smallest('JPY')).toBe('1');
    expect(smallest('KWD')).toBe('0.001');
  });

  it('allows zero and negative ranges', () => {
    const amounts = fc.sample(amountArbitrary({ currency: 'USD', min: '-0.02', max: '0' }), 100).map(String);
    expect(new Set(amounts)).toEqual(new Set(['-0.02', '-0.01', '0']));
  });

  it('refuses bounds that are not numbers, finer than the minor unit, or in the wrong order', () => {
    expect(() => amountArbitrary({ currency: 'CNY', max: '12,5' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'amountArbitrary: max "12,5" is not a decimal number',
      }),
    );
    expect(() => amountArbitrary({ currency: 'JPY', min: '0.5' })).toThrow(
      expect.objectContaining({
        code: 'AMOUNT_TOO_PRECISE',
        message: 'amountArbitrary: min 0.5 has more decimals than JPY allows (0)',
      }),
    );
    expect(() => amountArbitrary({ currency: 'CNY', min: '10', max: '9.99' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'amountArbitrary: min 10.00 is above max 9.99 CNY',
      }),
    );
    expect(() => amountArbitrary({ currency: 'ABC' })).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
  });
});

describe('properties', () => {
  it('never has more decimals than the currency allows', () => {
    fc.assert(
      fc.property(
        currencyArbitrary().chain((currency) =>
          amountArbitrary({ currency }).map((amount) => ({ currency, amount })),
        ),
        ({ currency, amount }) => amount.decimalPlaces() <= currencyMinorUnits(currency),
      ),
    );
  });

  it('stays within its bounds: min <= amount <= max', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.nat(1_000_000), (low, width) => {
        const [min, max] = [decimal(low).div(100), decimal(low + width).div(100)];
        for (const amount of fc.sample(
          amountArbitrary({ currency: 'CNY', min: min.toFixed(2), max: max.toFixed(2) }),
          5,
        )) {
          expect(amount.gte(min) && amount.lte(max)).toBe(true);
        }
      }),
    );
  });
});
