import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currencyMinorUnits,
  decimal,
  formatMoney,
  fromMinorUnits,
  money,
  ReceivablesError,
  roundMoney,
  toMinorUnits,
} from '../../index.ts';

function thrown(run: () => unknown): ReceivablesError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error('expected a ReceivablesError');
}

describe('currency refusals', () => {
  it('names currencyMinorUnits and shows a value that is not text as described', () => {
    const error = thrown(() => currencyMinorUnits(42 as unknown as string));
    expect(error.message).toBe('currencyMinorUnits: currency 42 is not a currency code');
    expect(error.details).toStrictEqual({ value: '42' });
  });

  it('tells three uppercase letters with something around them from an unknown code', () => {
    expect(thrown(() => currencyMinorUnits('1XYZ')).message).toBe(
      'currencyMinorUnits: currency "1XYZ" is not an ISO 4217 code of three uppercase letters',
    );
    expect(thrown(() => currencyMinorUnits('XYZ1')).message).toBe(
      'currencyMinorUnits: currency "XYZ1" is not an ISO 4217 code of three uppercase letters',
    );
    expect(thrown(() => currencyMinorUnits('XYZ')).message).toBe(
      'currencyMinorUnits: currency "XYZ" is not an ISO 4217 currency code this platform knows',
    );
  });

  it('adds no field to the details when none was named', () => {
    expect(Object.keys(thrown(() => money('1', 'usd')).details)).toEqual(['value']);
    expect(Object.keys(thrown(() => money('1.001', 'USD')).details).sort()).toEqual([
      'allowed',
      'currency',
      'decimalPlaces',
      'value',
    ]);
  });
});

describe('decimal refusals', () => {
  it('says a negative amount must be zero or more, with and without a field', () => {
    const bare = thrown(() => decimal('-1', { sign: 'nonNegative' }));
    expect(bare.code).toBe('INVALID_AMOUNT');
    expect(bare.message).toBe('decimal: "-1" is negative; it must be zero or more');
    expect(bare.details).toStrictEqual({ value: '-1' });
    const named = thrown(() => decimal(-2, { sign: 'nonNegative', field: 'fee', api: 'charge' }));
    expect(named.message).toBe('charge: fee: -2 is negative; it must be zero or more');
    expect(named.details).toStrictEqual({ field: 'fee', value: '-2' });
  });
});

describe('minor units', () => {
  it('converts currencies with zero, two and three minor digits', () => {
    expect(toMinorUnits('5', 'JPY')).toBe(5);
    expect(toMinorUnits('5.25', 'USD')).toBe(525);
    expect(toMinorUnits('5.125', 'KWD')).toBe(5125);
  });

  it('advises rounding an amount finer than the currency', () => {
    expect(thrown(() => toMinorUnits('1.001', 'USD')).message).toBe(
      'toMinorUnits: 1.001 has 3 decimal places but USD allows 2; round it first with roundMoney',
    );
  });

  it('refuses more minor units than a safe integer holds, saying so', () => {
    const error = thrown(() => toMinorUnits('90071992547409.92', 'USD'));
    expect(error.code).toBe('AMOUNT_OUT_OF_RANGE');
    expect(error.message).toBe(
      'toMinorUnits: 90071992547409.92 USD is more than 9007199254740991 minor units, beyond exact integer arithmetic',
    );
    expect(error.details).toStrictEqual({
      value: '90071992547409.92',
      currency: 'USD',
      max: 9007199254740991,
    });
    expect(toMinorUnits('90071992547409.91', 'USD')).toBe(9007199254740991);
  });

  it('refuses a fraction of a minor unit, saying so', () => {
    const error = thrown(() => fromMinorUnits(1.5, 'USD'));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toBe(
      'fromMinorUnits: 1.5 is not a whole number of minor units within the safe integer range',
    );
    expect(error.details).toStrictEqual({ value: 1.5, currency: 'USD' });
  });
});

describe('roundMoney arguments', () => {
  it('accepts up to 1e9 decimal places and reports a bad count', () => {
    const value = money('1.5', 'USD');
    expect(roundMoney(value, { decimalPlaces: 1e9 })).toBe(value);
    expect(thrown(() => roundMoney(value, { decimalPlaces: 1.5 })).details).toStrictEqual({
      decimalPlaces: 1.5,
    });
  });

  it('names the type of a mode that is not a function', () => {
    const error = thrown(() => roundMoney(money('1', 'USD'), { mode: 'HALF_UP' as never }));
    expect(error.details).toStrictEqual({ mode: 'string' });
  });
});

describe('formatMoney options', () => {
  const value = money('1234.5', 'CHF');

  it('checks a locale it has not cached yet', () => {
    const platform = new Intl.NumberFormat('de-CH', {
      style: 'currency',
      currency: 'CHF',
      currencyDisplay: 'name',
    });
    expect(formatMoney(value, { locale: 'de-CH', display: 'name' })).toBe(platform.format(1234.5));
  });

  it('refuses missing options and a locale list with INVALID_ARGUMENT, not a TypeError', () => {
    const missing = thrown(() => formatMoney(value, undefined as never));
    expect(missing.message).toBe('formatMoney: locale undefined is not a locale this platform supports');
    expect(missing.details).toStrictEqual({ locale: 'undefined' });
    const list = thrown(() => formatMoney(value, { locale: ['en-US'] as never }));
    expect(list.details).toStrictEqual({ locale: 'an array of 1' });
  });

  it('reports an unknown locale and display as given', () => {
    expect(thrown(() => formatMoney(value, { locale: 'not a locale!' })).details).toStrictEqual({
      locale: 'not a locale!',
    });
    expect(
      thrown(() => formatMoney(value, { locale: 'en', display: 'long' as never })).details,
    ).toStrictEqual({
      display: 'long',
    });
  });
});

describe('properties', () => {
  it('round-trips minor units: fromMinorUnits(toMinorUnits(x)) equals x for zero-, two- and three-digit currencies', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('JPY', 'USD', 'KWD'),
        fc.integer({ min: -1e12, max: 1e12 }),
        (currency, minor) => {
          expect(toMinorUnits(fromMinorUnits(minor, currency), currency)).toBe(minor);
        },
      ),
    );
  });
});
