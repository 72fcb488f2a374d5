import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../addMonths.ts';
import { addYears } from '../addYears.ts';
import { isoDates } from './dateArbitraries.ts';

describe('addYears', () => {
  it('turns February 29 into February 28 outside leap years', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2000-02-29', -100)).toBe('1900-02-28');
    expect(addYears('2000-02-29', 400)).toBe('2400-02-29');
  });

  it('keeps month and day otherwise', () => {
    expect(addYears('2026-11-22', -3)).toBe('2023-11-22');
    expect(addYears('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('refuses to leave the years 0001–9999', () => {
    expect(addYears('0001-06-15', 9998)).toBe('9999-06-15');
    expect(() => addYears('9999-06-15', 1)).toThrow(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE' }));
    expect(() => addYears('0002-06-15', -2)).toThrow(
      'addYears: "0002-06-15" minus 2 years falls outside the years 0001–9999',
    );
  });

  it('refuses a bad date or a count that is not an integer', () => {
    expect(() => addYears('2026-02-29', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => addYears('2026-01-01', 1.25)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => addYears('2026-01-01', 1.25)).toThrow('addYears: years 1.25 is not an integer');
  });

  describe('properties', () => {
    it('is adding twelve months per year', () => {
      fc.assert(
        fc.property(
          isoDates('0101-01-01', '9899-12-31'),
          fc.integer({ min: -100, max: 100 }),
          (date, years) => {
            expect(addYears(date, years)).toBe(addMonths(date, 12 * years));
          },
        ),
      );
    });

    it('keeps the month and day except for February 29', () => {
      fc.assert(
        fc.property(
          isoDates('0101-01-01', '9899-12-31'),
          fc.integer({ min: -100, max: 100 }),
          (date, years) => {
            const result = addYears(date, years);
            if (date.endsWith('-02-29') && !result.endsWith('-02-29')) expect(result.slice(5)).toBe('02-28');
            else expect(result.slice(5)).toBe(date.slice(5));
          },
        ),
      );
    });
  });
});
