import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SuiteDecimal } from '../../_internals/SuiteDecimal.ts';
import { decimal } from '../decimal.ts';

describe('decimal', () => {
  it.each([
    ['1234.50', '1234.5'],
    [' 12.5 ', '12.5'],
    ['+.5', '0.5'],
    ['5.', '5'],
    ['1e3', '1000'],
    ['-1.25E-2', '-0.0125'],
    ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
  ])('reads the text %j exactly as %s', (text, expected) => {
    expect(decimal(text).toString()).toBe(expected);
  });

  it('reads a number as the decimal it prints as', () => {
    expect(decimal(0.1).toString()).toBe('0.1');
    expect(decimal(0.1 + 0.2).toString()).toBe('0.30000000000000004');
    expect(decimal(1234.5).toString()).toBe('1234.5');
  });

  it('never returns a negative zero', () => {
    for (const zero of [-0, '-0', '-0.00', new Decimal('-0')]) {
      expect(decimal(zero).isNegative()).toBe(false);
    }
  });

  it("re-reads a Decimal of the caller's global constructor, so the suite's precision applies", () => {
    const global = new Decimal(1);
    const read = decimal(global);
    expect(read.constructor).toBe(SuiteDecimal);
    expect(read.dividedBy(3).precision()).toBe(SuiteDecimal.precision);
  });

  it('returns a suite decimal unchanged', () => {
    const value = new SuiteDecimal('12.5');
    expect(decimal(value)).toBe(value);
  });

  it.each([
    [Number.NaN, 'decimal: NaN is not a finite number'],
    [Number.POSITIVE_INFINITY, 'decimal: Infinity is not a finite number'],
    [new Decimal(Number.NaN), 'decimal: NaN is not a finite number'],
    [new SuiteDecimal(Number.NEGATIVE_INFINITY), 'decimal: -Infinity is not a finite number'],
    ['12,5', 'decimal: "12,5" is not a decimal number'],
    ['', 'decimal: "" is not a decimal number'],
    [' ', 'decimal: " " is not a decimal number'],
    ['1e', 'decimal: "1e" is not a decimal number'],
    ['0x10', 'decimal: "0x10" is not a decimal number'],
    ['Infinity', 'decimal: "Infinity" is not a decimal number'],
    [null, 'decimal: null is not a decimal number'],
    [undefined, 'decimal: undefined is not a decimal number'],
    [{}, 'decimal: an object is not a decimal number'],
    [10n, 'decimal: 10 is not a decimal number'],
  ])('refuses %s with INVALID_AMOUNT', (value, message) => {
    expect(() => decimal(value as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', message }),
    );
  });

  it('names the field when given', () => {
    expect(() => decimal('12,5', { field: 'payments[0].amount' })).toThrow(
      expect.objectContaining({
        message: 'decimal: payments[0].amount: "12,5" is not a decimal number',
        details: { value: '12,5', field: 'payments[0].amount' },
      }),
    );
  });
});

describe('properties', () => {
  it('round-trips text: decimal(d.toString()) equals d', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.integer({ min: 0, max: 40 }), (digits, scale) => {
        const value = decimal(`${digits}e-${scale}`);
        expect(decimal(value.toString()).equals(value)).toBe(true);
      }),
    );
  });

  it('reads every finite number as its shortest round-trip text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(decimal(value).toNumber()).toBe(Object.is(value, -0) ? 0 : value);
      }),
    );
  });
});
