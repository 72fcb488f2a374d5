import { isIsoDate } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateArbitrary } from '../../index.ts';

describe('isoDateArbitrary', () => {
  it('draws the only date of a one-day range, 29 February included', () => {
    expect(fc.sample(isoDateArbitrary({ min: '2028-02-29', max: '2028-02-29' }), 5)).toEqual(
      Array(5).fill('2028-02-29'),
    );
  });

  it('reaches both ends of a short range', () => {
    const dates = new Set(fc.sample(isoDateArbitrary({ min: '2026-12-30', max: '2027-01-02' }), 200));
    expect([...dates].sort()).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('defaults to 2000-01-01 through 2035-12-31', () => {
    const dates = fc.sample(isoDateArbitrary(), 500);
    expect(dates.every((date) => date >= '2000-01-01' && date <= '2035-12-31')).toBe(true);
  });

  it('shrinks a failure to the start of the range', () => {
    const result = fc.check(
      fc.property(isoDateArbitrary({ min: '2026-01-01' }), (date) => date < '2026-03-01'),
      {
        seed: 42,
      },
    );
    expect(result.counterexample).toEqual(['2026-03-01']);
  });

  it('refuses bounds that are not dates, or a min after the max', () => {
    expect(() => isoDateArbitrary({ min: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => isoDateArbitrary({ max: '2026/01/01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => isoDateArbitrary({ min: '2026-01-02', max: '2026-01-01' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'isoDateArbitrary: min 2026-01-02 is after max 2026-01-01',
      }),
    );
  });
});

describe('properties', () => {
  it('stays within its range: min <= date <= max', () => {
    fc.assert(
      fc.property(isoDateArbitrary(), isoDateArbitrary(), (a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        for (const date of fc.sample(isoDateArbitrary({ min, max }), 5)) {
          expect(date >= min && date <= max).toBe(true);
        }
      }),
    );
  });

  it('draws only real calendar dates', () => {
    fc.assert(
      fc.property(isoDateArbitrary({ min: '0001-01-01', max: '9999-12-31' }), (date) => isIsoDate(date)),
    );
  });
});
