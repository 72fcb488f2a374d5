import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../compareDates.ts';
import { isBefore } from '../isBefore.ts';
import { isoDates } from './dateArbitraries.ts';

describe('isBefore', () => {
  it('is strict', () => {
    expect(isBefore('2026-01-31', '2026-02-01')).toBe(true);
    expect(isBefore('2026-02-01', '2026-02-01')).toBe(false);
    expect(isBefore('2026-02-02', '2026-02-01')).toBe(false);
  });

  it('refuses bad dates', () => {
    expect(() => isBefore('2026-02-01', '')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => isBefore('2026-02-01', '')).toThrow('isBefore: other: ""');
  });

  describe('properties', () => {
    it('holds exactly when compareDates is -1', () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          expect(isBefore(a, b)).toBe(compareDates(a, b) === -1);
        }),
      );
    });

    it('is irreflexive: no date is before itself', () => {
      fc.assert(
        fc.property(isoDates(), (date) => {
          expect(isBefore(date, date)).toBe(false);
        }),
      );
    });
  });
});
