import fc from 'fast-check';
import { HOSTILE_NUMBERS } from './hostileAtoms.ts';

/**
 * A fast-check arbitrary of numbers at and beyond the edges of outside data: `NaN`, both infinities,
 * `-0`, `1e308`, the smallest double, integers beyond 2^53, and any double at all.
 *
 * @returns An arbitrary of JavaScript numbers, finite or not.
 *
 * @example
 * ```ts
 * import { hostileNumberArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const numbers = fc.sample(hostileNumberArbitrary(), { numRuns: 200, seed: 3 });
 * console.log(numbers.some(Number.isNaN), numbers.some((value) => !Number.isFinite(value))); // true true
 * ```
 */
export function hostileNumberArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 3 },
    { arbitrary: fc.double(), weight: 1 },
    { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 1 },
  );
}
