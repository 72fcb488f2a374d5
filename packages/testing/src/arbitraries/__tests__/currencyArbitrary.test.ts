import { currencyMinorUnits } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyArbitrary } from '../../index.ts';

describe('currencyArbitrary', () => {
  it('draws every default currency, with minor units of 0, 2 and 3 digits', () => {
    const codes = new Set(fc.sample(currencyArbitrary(), 300));
    expect([...codes].sort()).toEqual(['CNY', 'EUR', 'JPY', 'KWD', 'USD']);
    expect(new Set([...codes].map(currencyMinorUnits))).toEqual(new Set([0, 2, 3]));
  });

  it('draws only from the list given', () => {
    expect(new Set(fc.sample(currencyArbitrary({ currencies: ['GBP', 'HKD'] }), 100))).toEqual(
      new Set(['GBP', 'HKD']),
    );
  });

  it('refuses an empty or repeating list and unknown codes', () => {
    expect(() => currencyArbitrary({ currencies: [] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => currencyArbitrary({ currencies: ['CNY', 'CNY'] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'currencyArbitrary: currencies list CNY twice',
      }),
    );
    expect(() => currencyArbitrary({ currencies: ['CNY', 'XYZ'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
    expect(() => currencyArbitrary({ currencies: ['cny'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
  });
});

describe('properties', () => {
  it('draws only codes of the list, for any non-empty sublist of the defaults', () => {
    fc.assert(
      fc.property(fc.subarray(['CNY', 'USD', 'EUR', 'JPY', 'KWD'], { minLength: 1 }), (currencies) => {
        for (const code of fc.sample(currencyArbitrary({ currencies }), 10))
          expect(currencies).toContain(code);
      }),
    );
  });
});
