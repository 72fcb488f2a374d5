import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../addDays.ts';
import { differenceInDays } from '../differenceInDays.ts';
import { eachDayOfInterval } from '../eachDayOfInterval.ts';
import { isoDates } from './dateArbitraries.ts';

describe('eachDayOfInterval', () => {
  it('lists every day, both ends included', () => {
    expect(eachDayOfInterval('2028-02-27', '2028-03-01')).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(eachDayOfInterval('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
    expect(eachDayOfInterval('2026-11-22', '2026-11-22')).toEqual(['2026-11-22']);
    expect(eachDayOfInterval('9999-12-30', '9999-12-31')).toEqual(['9999-12-30', '9999-12-31']);
  });

  it('refuses an end before the start', () => {
    expect(() => eachDayOfInterval('2026-01-02', '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => eachDayOfInterval('2026-01-02', '2026-01-01')).toThrow(
      'eachDayOfInterval: end "2026-01-01" is before start "2026-01-02"',
    );
  });

  it('refuses bad dates', () => {
    expect(() => eachDayOfInterval('2026-01-01', '2026-01-32')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  describe('properties', () => {
    const intervals = fc
      .tuple(isoDates(), fc.integer({ min: 0, max: 400 }))
      .filter(([start, length]) => start <= addDays('9999-12-31', -length))
      .map(([start, length]) => [start, addDays(start, length)] as const);

    it('has one entry per day: its length is differenceInDays(end, start) + 1', () => {
      fc.assert(
        fc.property(intervals, ([start, end]) => {
          expect(eachDayOfInterval(start, end)).toHaveLength(differenceInDays(end, start) + 1);
        }),
      );
    });

    it('starts at start, ends at end, and each entry is the day after the one before', () => {
      fc.assert(
        fc.property(intervals, ([start, end]) => {
          const days = eachDayOfInterval(start, end);
          expect(days[0]).toBe(start);
          expect(days.at(-1)).toBe(end);
          expect(days.slice(1)).toEqual(days.slice(0, -1).map((day) => addDays(day, 1)));
        }),
      );
    });
  });
});
