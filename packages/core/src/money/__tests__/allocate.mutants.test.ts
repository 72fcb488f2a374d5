import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, money, ReceivablesError } from '../../index.ts';

function thrown(run: () => unknown): ReceivablesError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error('expected a ReceivablesError');
}

const shares = (amount: string, ratios: readonly (string | number)[]): string[] =>
  allocate(money(amount, 'USD'), ratios).map((part) => part.amount.toFixed(2));

describe('allocate: who gets the leftover cents', () => {
  it('gives the leftover cent to the part with the larger remainder, wherever it stands', () => {
    // 10 × 1/3 = 3 r1, 10 × 2/3 = 6 r2: the second part has the larger remainder.
    expect(shares('0.10', [1, 2])).toEqual(['0.03', '0.07']);
    expect(shares('0.10', [2, 1])).toEqual(['0.07', '0.03']);
  });

  it('breaks ties between equal remainders in favour of the earlier part', () => {
    expect(shares('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
    expect(shares('0.05', [1, 1, 1, 1, 1, 1, 1])).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0.01',
      '0.00',
      '0.00',
    ]);
  });

  it('gives a zero part of a negative amount as a zero without a sign', () => {
    const parts = allocate(money('-0.01', 'USD'), [1, 1]);
    expect(parts.map((part) => part.amount.toString())).toEqual(['-0.01', '0']);
    expect(parts[1]!.amount.isNegative()).toBe(false);
  });
});

describe('allocate: what its refusals carry', () => {
  it('lists the zero ratios as shown', () => {
    const error = thrown(() => allocate(money('1', 'USD'), [0, '0']));
    expect(error.details).toStrictEqual({ ratios: ['0', '"0"'] });
  });

  it('describes a missing ratio list', () => {
    expect(thrown(() => allocate(money('1', 'USD'), [])).details).toStrictEqual({ ratios: 'an array of 0' });
  });

  it('names the negative ratio and its value', () => {
    const error = thrown(() => allocate(money('1', 'USD'), [1, '-1.5']));
    expect(error.details).toStrictEqual({ field: 'ratios[1]', value: '-1.5' });
  });
});

describe('properties', () => {
  it('preserves the total and gives no part more than one cent above its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 8 }),
        (cents, ratios) => {
          fc.pre(ratios.some((ratio) => ratio > 0));
          const total = ratios.reduce((sum, ratio) => sum + ratio, 0);
          const parts = allocate(money(cents / 100, 'USD'), ratios).map((part) =>
            Math.round(part.amount.toNumber() * 100),
          );
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(cents);
          parts.forEach((part, index) => {
            const exact = (Math.abs(cents) * ratios[index]!) / total;
            expect(Math.abs(part) - exact).toBeGreaterThan(-1);
            expect(Math.abs(part) - exact).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
