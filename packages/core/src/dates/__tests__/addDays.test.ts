import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../addDays.ts';
import { differenceInDays } from '../differenceInDays.ts';
import { fromDayNumber } from '../fromDayNumber.ts';
import { dayNumbers, isoDates } from './dateArbitraries.ts';

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('follows the Gregorian leap-year rule: 1900 no, 2000 yes, 2024 yes', () => {
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('reaches both ends of the supported range', () => {
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0001-01-01', 3_652_058)).toBe('9999-12-31');
    expect(addDays('9999-12-31', -3_652_058)).toBe('0001-01-01');
  });

  it('refuses to leave the years 0001–9999', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
    expect(() => addDays('9999-12-31', 1)).toThrow(
      'addDays: "9999-12-31" plus 1 day falls outside the years 0001–9999',
    );
    expect(() => addDays('0001-01-01', -2)).toThrow('addDays: "0001-01-01" minus 2 days falls outside');
    expect(() => addDays('2026-01-01', 1e20)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
  });

  it('refuses a bad date, naming the function and the field', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => addDays('2026-02-30', 1)).toThrow(
      'addDays: date: "2026-02-30" is not a date: February 2026 has 28 days',
    );
    expect(() => addDays('2026-2-1', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => addDays(new Date() as never, 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('refuses a count that is not an integer', () => {
    for (const days of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', undefined]) {
      expect(() => addDays('2026-01-01', days as number)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
    expect(() => addDays('2026-01-01', 1.5)).toThrow('addDays: days 1.5 is not an integer');
  });

  describe('properties', () => {
    it('is the inverse of differenceInDays: addDays(b, differenceInDays(a, b)) is a', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(addDays(b, differenceInDays(a, b))).toBe(a);
          expect(differenceInDays(addDays(b, differenceInDays(a, b)), b)).toBe(differenceInDays(a, b));
        }),
      );
    });

    it('is associative over sums of offsets: adding x then y equals adding x + y', () => {
      fc.assert(
        fc.property(dayNumbers(), dayNumbers(), dayNumbers(), (start, middle, end) => {
          const date = fromDayNumber(start);
          const x = middle - start;
          const y = end - middle;
          expect(addDays(addDays(date, x), y)).toBe(addDays(date, x + y));
          expect(addDays(date, x + y)).toBe(fromDayNumber(end));
        }),
      );
    });
  });
});
