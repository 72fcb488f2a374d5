import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SuiteDecimal } from '../../_internals/SuiteDecimal.ts';
import { money } from '../money.ts';
import { toDecimalString } from '../toDecimalString.ts';
import { zeroMoney } from '../zeroMoney.ts';
import { currencyArbitrary, moneyIn } from './moneyArbitraries.ts';

describe('money', () => {
  it.each([
    ['12.50', 'CNY', '12.5'],
    ['12.5000', 'CNY', '12.5'],
    [12.5, 'CNY', '12.5'],
    [new Decimal('12.5'), 'CNY', '12.5'],
    ['-0.01', 'USD', '-0.01'],
    ['1235', 'JPY', '1235'],
    ['1.0', 'JPY', '1'],
    ['1.000', 'JPY', '1'],
    ['0.125', 'KWD', '0.125'],
    ['1e2', 'CNY', '100'],
  ] as const)('accepts %j %s as %s', (amount, currency, expected) => {
    const value = money(amount, currency);
    expect(value.currency).toBe(currency);
    expect(value.amount.toString()).toBe(expected);
    expect(value.amount.constructor).toBe(SuiteDecimal);
  });

  it.each([
    [12.345, 'CNY', 'money: 12.345 has 3 decimal places but CNY allows 2'],
    ['1.005', 'CNY', 'money: "1.005" has 3 decimal places but CNY allows 2'],
    [1.5, 'JPY', 'money: 1.5 has 1 decimal place but JPY allows 0'],
    ['0.1234', 'KWD', 'money: "0.1234" has 4 decimal places but KWD allows 3'],
    [0.1 + 0.2, 'CNY', 'money: 0.30000000000000004 has 17 decimal places but CNY allows 2'],
    ['1e-3', 'CNY', 'money: "1e-3" has 3 decimal places but CNY allows 2'],
  ] as const)('refuses %j %s with AMOUNT_TOO_PRECISE instead of rounding', (amount, currency, message) => {
    expect(() => money(amount, currency)).toThrow(
      expect.objectContaining({ code: 'AMOUNT_TOO_PRECISE', message }),
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '12,5', '', ' ', '1e', null, {}])(
    'refuses the amount %s with INVALID_AMOUNT',
    (amount) => {
      expect(() => money(amount as never, 'CNY')).toThrow(
        expect.objectContaining({ code: 'INVALID_AMOUNT', message: expect.stringMatching(/^money: /) }),
      );
    },
  );

  it.each(['cny', 'XXZ', '', null, {}])('refuses the currency %j with INVALID_CURRENCY', (currency) => {
    expect(() => money('1', currency as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY', message: expect.stringMatching(/^money: /) }),
    );
  });

  it('checks the currency before the amount', () => {
    expect(() => money('12,5', 'cny')).toThrow(expect.objectContaining({ code: 'INVALID_CURRENCY' }));
  });

  it('names the field in every message', () => {
    const field = 'invoices[3].amount';
    for (const [amount, currency] of [
      ['12,5', 'CNY'],
      ['1.005', 'CNY'],
      ['1', 'cny'],
    ] as const) {
      expect(() => money(amount, currency, { field })).toThrow(
        expect.objectContaining({
          message: expect.stringMatching(/^money: invoices\[3\]\.amount: /),
          details: expect.objectContaining({ field }),
        }),
      );
    }
  });
});

describe('zeroMoney', () => {
  it('is zero in the currency', () => {
    const zero = zeroMoney('JPY');
    expect(zero.currency).toBe('JPY');
    expect(zero.amount.isZero()).toBe(true);
  });

  it('refuses an unknown currency with INVALID_CURRENCY', () => {
    expect(() => zeroMoney('XXZ')).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY', message: expect.stringMatching(/^zeroMoney: /) }),
    );
  });
});

describe('properties', () => {
  it('round-trips: money(toDecimalString(m), currency) equals m', () => {
    fc.assert(
      fc.property(
        currencyArbitrary.chain((currency) => moneyIn(currency)),
        (value) => {
          const again = money(toDecimalString(value), value.currency);
          expect(again.currency).toBe(value.currency);
          expect(again.amount.equals(value.amount)).toBe(true);
        },
      ),
    );
  });

  it('never rounds: an amount one digit finer than the currency is always refused', () => {
    fc.assert(
      fc.property(
        currencyArbitrary,
        fc.bigInt(),
        fc.integer({ min: 1, max: 9 }),
        (currency, units, digit) => {
          const text = `${units}.${'0'.repeat(zeroMoneyScale(currency))}${digit}`;
          expect(() => money(text, currency)).toThrow(
            expect.objectContaining({ code: 'AMOUNT_TOO_PRECISE' }),
          );
        },
      ),
    );
  });
});

function zeroMoneyScale(currency: string): number {
  return toDecimalString(zeroMoney(currency)).split('.')[1]?.length ?? 0;
}
