import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinorUnits } from '../fromMinorUnits.ts';
import { toMinorUnits } from '../toMinorUnits.ts';

describe('toMinorUnits', () => {
  it('counts fen, cents, yen and fils exactly', () => {
    expect(toMinorUnits('1234.50', 'CNY')).toBe(123450);
    expect(toMinorUnits('0.01', 'USD')).toBe(1);
    expect(toMinorUnits(1500, 'JPY')).toBe(1500);
    expect(toMinorUnits('0.125', 'KWD')).toBe(125);
    expect(toMinorUnits('-12.30', 'EUR')).toBe(-1230);
    expect(Object.is(toMinorUnits('-0.00', 'CNY'), 0)).toBe(true);
  });

  it('refuses more decimals than the currency has', () => {
    expect(() => toMinorUnits('1.005', 'CNY')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_TOO_PRECISE' }),
    );
    expect(() => toMinorUnits('1.5', 'JPY')).toThrow(
      /toMinorUnits: 1.5 has 1 decimal place but JPY allows 0/,
    );
  });

  it('refuses amounts beyond exact integer arithmetic', () => {
    expect(toMinorUnits('90071992547409.91', 'CNY')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toMinorUnits('90071992547409.92', 'CNY')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }),
    );
  });

  it('refuses bad amounts and currencies with their codes', () => {
    expect(() => toMinorUnits('12,5', 'CNY')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => toMinorUnits('1', 'cny')).toThrow(expect.objectContaining({ code: 'INVALID_CURRENCY' }));
  });
});

describe('fromMinorUnits', () => {
  it('places the decimal point by the currency', () => {
    expect(fromMinorUnits(123450, 'CNY').toString()).toBe('1234.5');
    expect(fromMinorUnits(-1, 'USD').toString()).toBe('-0.01');
    expect(fromMinorUnits(7, 'JPY').toString()).toBe('7');
    expect(fromMinorUnits(10n ** 30n, 'CNY').toFixed(2)).toBe(`1${'0'.repeat(28)}.00`);
  });

  it('refuses numbers that are not safe integers', () => {
    expect(() => fromMinorUnits(1.5, 'CNY')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => fromMinorUnits(2 ** 53, 'CNY')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => fromMinorUnits(Number.NaN, 'CNY')).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });
});

describe('properties', () => {
  const currency = fc.constantFrom('CNY', 'USD', 'JPY', 'KWD');

  it('round-trips: toMinorUnits(fromMinorUnits(n)) is n for every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), currency, (minor, code) => {
        const back = toMinorUnits(fromMinorUnits(minor, code), code);
        return back === minor || (minor === 0 && back === 0);
      }),
    );
  });

  it('preserves sums: the minor units of a sum are the sum of the minor units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -1e12, max: 1e12 }),
        currency,
        (a, b, code) => {
          const sum = fromMinorUnits(a, code).plus(fromMinorUnits(b, code));
          return toMinorUnits(sum, code) === a + b;
        },
      ),
    );
  });
});
