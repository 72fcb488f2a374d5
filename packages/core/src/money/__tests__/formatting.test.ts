import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../formatMoney.ts';
import { type Money, money } from '../money.ts';
import { multiplyMoney } from '../multiplyMoney.ts';
import { negateMoney } from '../negateMoney.ts';
import { toDecimalString } from '../toDecimalString.ts';
import { zeroMoney } from '../zeroMoney.ts';
import { moneyIn, unitsArbitrary } from './moneyArbitraries.ts';

const NBSP = '\u00a0';

describe('toDecimalString', () => {
  it.each([
    ['1234.5', 'CNY', '1234.50'],
    ['1234', 'CNY', '1234.00'],
    ['-0.5', 'USD', '-0.50'],
    ['1235', 'JPY', '1235'],
    ['-0.125', 'KWD', '-0.125'],
    ['1e25', 'CNY', '10000000000000000000000000.00'],
    ['0.00', 'CNY', '0.00'],
    ['1e70', 'USD', `1${'0'.repeat(70)}.00`],
  ] as const)('writes %s %s as %s', (amount, currency, expected) => {
    expect(toDecimalString(money(amount, currency))).toBe(expected);
  });

  it("writes a Decimal of the caller's global constructor without exponent notation", () => {
    expect(toDecimalString({ amount: new Decimal('1e30'), currency: 'USD' })).toBe(`1${'0'.repeat(30)}.00`);
  });

  it('writes a negated zero without a minus sign', () => {
    expect(toDecimalString(negateMoney(zeroMoney('CNY')))).toBe('0.00');
    expect(toDecimalString({ amount: money('0', 'CNY').amount.negated(), currency: 'CNY' })).toBe('0.00');
  });

  it('refuses an amount finer than the currency with AMOUNT_TOO_PRECISE instead of rounding', () => {
    expect(() => toDecimalString(multiplyMoney(money('1234.56', 'CNY'), '0.0005'))).toThrow(
      expect.objectContaining({
        code: 'AMOUNT_TOO_PRECISE',
        message:
          'toDecimalString: CNY 0.61728 has 5 decimal places but CNY allows 2; round it first with roundMoney',
      }),
    );
  });
});

describe('formatMoney', () => {
  const total = money('1234.5', 'CNY');

  it.each([
    [total, 'zh-CN', 'symbol', '¥1,234.50'],
    [total, 'en-US', 'symbol', 'CN¥1,234.50'],
    [total, 'en-US', 'code', `CNY${NBSP}1,234.50`],
    [total, 'en-US', 'name', '1,234.50 Chinese yuan'],
    [total, 'zh-CN', 'name', '1,234.50人民币'],
    [money('-1234.5', 'CNY'), 'zh-CN', 'symbol', '-¥1,234.50'],
    [money('1234.5', 'EUR'), 'de-DE', 'symbol', `1.234,50${NBSP}€`],
    [money('1234', 'JPY'), 'ja-JP', 'symbol', '￥1,234'],
    [money('1.234', 'KWD'), 'en-US', 'symbol', `KWD${NBSP}1.234`],
  ] as const)('formats %o in %s with display %s as %j', (value, locale, display, expected) => {
    expect(formatMoney(value, { locale, display })).toBe(expected);
  });

  it('shows the symbol by default', () => {
    expect(formatMoney(total, { locale: 'zh-CN' })).toBe('¥1,234.50');
  });

  it('formats amounts beyond 2^53 digit for digit', () => {
    expect(formatMoney(money('12345678901234567890.12', 'USD'), { locale: 'en-US' })).toBe(
      '$12,345,678,901,234,567,890.12',
    );
  });

  it('never shows a negative zero', () => {
    const negativeZero = { amount: money('0', 'USD').amount.negated(), currency: 'USD' };
    expect(formatMoney(negativeZero, { locale: 'en-US' })).toBe('$0.00');
  });

  it('refuses an amount finer than the currency with AMOUNT_TOO_PRECISE instead of rounding', () => {
    expect(() => formatMoney(multiplyMoney(total, '0.001'), { locale: 'zh-CN' })).toThrow(
      expect.objectContaining({
        code: 'AMOUNT_TOO_PRECISE',
        message: expect.stringMatching(/^formatMoney: /),
      }),
    );
  });

  it.each([
    [{ locale: 'en_US' }, 'formatMoney: locale "en_US" is not a locale this platform supports'],
    [{ locale: 'xx' }, 'formatMoney: locale "xx" is not a locale this platform supports'],
    [{ locale: '' }, 'formatMoney: locale "" is not a locale this platform supports'],
    [{ locale: 42 }, 'formatMoney: locale 42 is not a locale this platform supports'],
    [{}, 'formatMoney: locale undefined is not a locale this platform supports'],
    [
      { locale: 'en-US', display: 'narrow' },
      'formatMoney: display "narrow" is not one of "symbol", "code", "name"',
    ],
  ])('refuses the options %j with INVALID_ARGUMENT', (options, message) => {
    expect(() => formatMoney(total, options as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
    );
  });
});

describe('properties', () => {
  it('round-trips through text: money(toDecimalString(m)) equals m, with exactly the minor-unit digits', () => {
    fc.assert(
      fc.property(moneyIn('KWD'), (value: Money) => {
        const text = toDecimalString(value);
        expect(text).toMatch(/^-?\d+\.\d{3}$/);
        expect(money(text, 'KWD').amount.equals(value.amount)).toBe(true);
      }),
    );
  });

  it('formats exactly: en-US USD text without "$" and grouping commas is the decimal string', () => {
    fc.assert(
      fc.property(moneyIn('USD', unitsArbitrary), (value) => {
        const formatted = formatMoney(value, { locale: 'en-US' });
        expect(formatted.replace('$', '').replaceAll(',', '')).toBe(toDecimalString(value));
      }),
    );
  });
});
