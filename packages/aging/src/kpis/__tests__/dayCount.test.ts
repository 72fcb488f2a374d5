import { addDays } from '@receivables/core';
import { isoDateArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayCount } from '../../index.ts';
import { bestPossibleDso, standardDso, turnoverDso } from '../../index.ts';
import { dayCount } from './kpiArbitraries.ts';

/** Receivables equal to sales make DSO the number of days the day count stands for. */
const daysOf = (count: DayCount): string =>
  standardDso({ endingReceivables: 1, creditSales: 1, dayCount: count }).toString();

describe('DayCount', () => {
  it.each([
    [360, '360'],
    [365, '365'],
    [{ from: '2026-03-15', to: '2026-03-15' }, '1'],
    [{ from: '2026-01-01', to: '2026-03-31' }, '90'],
    [{ from: '2028-02-01', to: '2028-02-29' }, '29'],
    [{ from: '2027-02-01', to: '2027-02-28' }, '28'],
    [{ from: '2028-01-01', to: '2028-12-31' }, '366'],
    [{ from: '2025-12-01', to: '2026-01-31' }, '62'],
  ] as const)('counts %j as %s days, both ends of a period included', (count, days) => {
    expect(daysOf(count)).toBe(days);
  });

  it.each([366, 30, 0, -365, '365', null, undefined, [360]])('refuses %j with INVALID_ARGUMENT', (count) => {
    expect(() => daysOf(count as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('names the function and the forms it accepts', () => {
    expect(() => daysOf(30 as never)).toThrow(
      'standardDso: dayCount: 30 is not a day count; use 360, 365 or { from, to } for the actual days of a period',
    );
  });

  it('refuses a period that ends before it starts with INVALID_ARGUMENT', () => {
    expect(() => daysOf({ from: '2026-03-31', to: '2026-01-01' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'standardDso: dayCount.to 2026-01-01 is before dayCount.from 2026-03-31; a period must end on or after its first day',
      }),
    );
  });

  it('refuses a date that does not exist with INVALID_DATE, under the KPI’s name', () => {
    expect(() =>
      bestPossibleDso({
        currentReceivables: 1,
        creditSales: 1,
        dayCount: { from: '2026-02-30', to: '2026-03-31' },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_DATE',
        message: 'bestPossibleDso: dayCount.from: "2026-02-30" is not a date: February 2026 has 28 days',
      }),
    );
    expect(() =>
      turnoverDso({
        sales: 1,
        openingReceivables: 1,
        closingReceivables: 1,
        dayCount: { from: '2026-01-01', to: '2026/03/31' as never },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_DATE',
        message: expect.stringMatching(/^turnoverDso: dayCount\.to: /),
      }),
    );
  });
});

describe('properties', () => {
  it('resolves every valid day count to a whole number of days from 1 to 401', () => {
    fc.assert(
      fc.property(dayCount, (count) => {
        const days = Number(daysOf(count));
        expect(Number.isInteger(days) && days >= 1 && days <= 401).toBe(true);
      }),
    );
  });

  it('adds up: a period split in two has the days of both parts', () => {
    fc.assert(
      fc.property(
        isoDateArbitrary(),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        (from, first, second) => {
          const middle = addDays(from, first);
          const whole = daysOf({ from, to: addDays(middle, second - 1) });
          const parts =
            Number(daysOf({ from, to: addDays(middle, -1) })) +
            Number(daysOf({ from: middle, to: addDays(middle, second - 1) }));
          expect(Number(whole)).toBe(parts);
          expect(parts).toBe(first + second);
        },
      ),
    );
  });
});
