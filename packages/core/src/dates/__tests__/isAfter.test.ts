import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAfter } from '../isAfter.ts';
import { isBefore } from '../isBefore.ts';
import { isoDates } from './dateArbitraries.ts';

describe('isAfter', () => {
  it('is strict', () => {
    expect(isAfter('2026-02-01', '2026-01-31')).toBe(true);
    expect(isAfter('2026-02-01', '2026-02-01')).toBe(false);
    expect(isAfter('2026-01-31', '2026-02-01')).toBe(false);
  });

  it('refuses bad dates', () => {
    expect(() => isAfter('2026-02-29', '2026-02-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => isAfter('2026-02-29', '2026-02-01')).toThrow('isAfter: date: "2026-02-29"');
  });

  describe('properties', () => {
    it('is isBefore with the arguments swapped', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(isAfter(a, b)).toBe(isBefore(b, a));
        }),
      );
    });

    it('is irreflexive: no date is after itself', () => {
      fc.assert(
        fc.property(isoDates(), (date) => {
          expect(isAfter(date, date)).toBe(false);
        }),
      );
    });
  });
});
