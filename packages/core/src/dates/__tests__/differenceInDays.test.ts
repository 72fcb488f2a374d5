import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../addDays.ts';
import { differenceInDays } from '../differenceInDays.ts';
import { toDayNumber } from '../toDayNumber.ts';
import { dayOffsets, isoDates } from './dateArbitraries.ts';

describe('differenceInDays', () => {
  it('counts calendar days, signed', () => {
    expect(differenceInDays('2026-03-01', '2026-02-01')).toBe(28);
    expect(differenceInDays('2024-03-01', '2024-02-01')).toBe(29);
    expect(differenceInDays('2026-02-01', '2026-03-01')).toBe(-28);
    expect(differenceInDays('2026-11-22', '2026-11-22')).toBe(0);
    expect(differenceInDays('2001-01-01', '2000-01-01')).toBe(366);
    expect(differenceInDays('1901-01-01', '1900-01-01')).toBe(365);
  });

  it('spans the whole supported range', () => {
    expect(differenceInDays('9999-12-31', '0001-01-01')).toBe(3_652_058);
    expect(differenceInDays('0001-01-01', '9999-12-31')).toBe(-3_652_058);
  });

  it('refuses bad dates, naming which argument', () => {
    expect(() => differenceInDays('2026-02-29', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => differenceInDays('2026-01-01', '0000-01-01')).toThrow(
      'differenceInDays: earlier: "0000-01-01"',
    );
  });

  describe('properties', () => {
    it('undoes addDays: differenceInDays(addDays(d, n), d) is n', () => {
      fc.assert(
        fc.property(isoDates('1000-01-01', '8999-12-31'), dayOffsets(300_000), (date, days) => {
          expect(differenceInDays(addDays(date, days), date)).toBe(days);
        }),
      );
    });

    it('is antisymmetric: swapping the dates flips the sign', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(differenceInDays(a, b) + differenceInDays(b, a)).toBe(0);
        }),
      );
    });

    it('equals the difference of day numbers', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(differenceInDays(a, b)).toBe(toDayNumber(a) - toDayNumber(b));
        }),
      );
    });
  });
});
