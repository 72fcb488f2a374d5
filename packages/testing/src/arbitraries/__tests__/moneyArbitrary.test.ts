import { currencyMinorUnits, money } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyArbitrary } from '../../index.ts';

describe('moneyArbitrary', () => {
  it('pairs each amount with its currency', () => {
    const [value] = fc.sample(moneyArbitrary({ currencies: ['JPY'], min: '500', max: '500' }), 1);
    expect(value?.currency).toBe('JPY');
    expect(value?.amount.toString()).toBe('500');
  });

  it('draws every currency of the list', () => {
    const codes = new Set(
      fc.sample(moneyArbitrary({ currencies: ['CNY', 'KWD'] }), 100).map((value) => value.currency),
    );
    expect(codes).toEqual(new Set(['CNY', 'KWD']));
  });

  it('refuses bounds that some currency cannot hold, and bad lists', () => {
    expect(() => moneyArbitrary({ currencies: ['CNY', 'JPY'], min: '0.01' })).toThrow(
      expect.objectContaining({
        code: 'AMOUNT_TOO_PRECISE',
        message: 'moneyArbitrary: min 0.01 has more decimals than JPY allows (0)',
      }),
    );
    expect(() => moneyArbitrary({ currencies: [] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => moneyArbitrary({ min: 'ten' })).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });
});

describe('properties', () => {
  it('makes money that core accepts as it is: never finer than the currency’s minor unit', () => {
    fc.assert(
      fc.property(moneyArbitrary(), (value) => {
        expect(value.amount.decimalPlaces()).toBeLessThanOrEqual(currencyMinorUnits(value.currency));
        expect(money(value.amount, value.currency).amount.equals(value.amount)).toBe(true);
      }),
    );
  });
});
