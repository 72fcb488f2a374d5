import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDayNumber } from '../../_internals/civil.ts';
import { addMonths } from '../addMonths.ts';
import { toDayNumber } from '../toDayNumber.ts';
import { isoDates } from './dateArbitraries.ts';

/** Year, month and day of an ISO date, read independently of the code under test. */
function partsOf(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? Number.NaN, month ?? Number.NaN, day ?? Number.NaN];
}

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('1900-01-29', 1)).toBe('1900-02-28');
    expect(addMonths('2000-01-30', 1)).toBe('2000-02-29');
  });

  it('keeps the day when the target month has it', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-02-28', 1)).toBe('2026-03-28');
    expect(addMonths('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-01-15', 24)).toBe('2028-01-15');
  });

  it('reaches both ends of the supported range and refuses to leave it', () => {
    expect(addMonths('0001-02-28', -1)).toBe('0001-01-28');
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(() => addMonths('9999-12-01', 1)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
    expect(() => addMonths('0001-01-31', -1)).toThrow(
      'addMonths: "0001-01-31" minus 1 month falls outside the years 0001–9999',
    );
    expect(() => addMonths('2026-01-01', 2 ** 60)).toThrow(
      expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }),
    );
  });

  it('refuses a bad date or a count that is not an integer', () => {
    expect(() => addMonths('2026-13-01', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => addMonths('2026-01-01', 0.5)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => addMonths('2026-01-01', Number.NaN)).toThrow('addMonths: months NaN is not an integer');
  });

  describe('properties', () => {
    const months = fc.integer({ min: -1200, max: 1200 });
    const innerDates = isoDates('0101-01-01', '9899-12-31');

    it('never overflows into the next month: the month is start month + n (mod 12) and the day is at most the start day', () => {
      fc.assert(
        fc.property(innerDates, months, (date, n) => {
          const [year, month, day] = partsOf(date);
          const [resultYear, resultMonth, resultDay] = partsOf(addMonths(date, n));
          const monthIndex = year * 12 + month - 1 + n;
          expect(resultYear).toBe(Math.floor(monthIndex / 12));
          expect(resultMonth).toBe(((((month - 1 + n) % 12) + 12) % 12) + 1);
          expect(resultDay).toBeLessThanOrEqual(day);
        }),
      );
    });

    it('keeps the day unless the target month is too short, then gives its last day', () => {
      fc.assert(
        fc.property(innerDates, months, (date, n) => {
          const [, , day] = partsOf(date);
          const result = addMonths(date, n);
          const [, , resultDay] = partsOf(result);
          const nextDay = civilFromDayNumber(toDayNumber(result) + 1);
          if (resultDay < day) expect(nextDay.day).toBe(1);
          else expect(resultDay).toBe(day);
        }),
      );
    });

    it('is reversible for days up to 28: addMonths(addMonths(d, n), -n) is d', () => {
      const earlyDays = innerDates.filter((date) => partsOf(date)[2] <= 28);
      fc.assert(
        fc.property(earlyDays, months, (date, n) => {
          expect(addMonths(addMonths(date, n), -n)).toBe(date);
        }),
      );
    });

    it('is monotonic: a later start never gives an earlier result', () => {
      fc.assert(
        fc.property(innerDates, innerDates, months, (a, b, n) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          expect(addMonths(early, n) <= addMonths(late, n)).toBe(true);
        }),
      );
    });
  });
});
