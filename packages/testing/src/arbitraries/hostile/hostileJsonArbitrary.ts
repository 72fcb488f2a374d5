import fc from 'fast-check';
import { readCount } from '../../_internals/readCount.ts';
import { deeplyNestedArbitrary } from './deeplyNestedArbitrary.ts';
import { hostileNumberArbitrary } from './hostileNumberArbitrary.ts';
import { hostileStringArbitrary } from './hostileStringArbitrary.ts';
import { prototypeKeyObjectArbitrary } from './prototypeKeyObjectArbitrary.ts';

/** Options of {@link hostileJsonArbitrary}. */
export interface HostileJsonArbitraryOptions {
  /**
   * How deep drawn arrays and objects nest, apart from the very deep values of {@link deeplyNestedArbitrary}.
   * @defaultValue `3`
   */
  readonly maxDepth?: number;
  /**
   * The longest string drawn.
   * @defaultValue `2000`
   */
  readonly maxStringLength?: number;
  /**
   * The deepest nesting of the very deep values; `0` leaves them out.
   * @defaultValue `2000`
   */
  readonly maxNesting?: number;
}

/**
 * A fast-check arbitrary of whatever a JSON file (or a careless caller) may hand a parser: any JSON value,
 * hostile strings and numbers (including `NaN`, `Infinity` and `-0`, which JSON cannot carry but
 * JavaScript callers can), objects owning `__proto__`, `constructor` and `prototype` keys, and very deep
 * nesting, alone or inside arrays and objects.
 *
 * @param options - Nesting depth, string length and the depth of the very deep values.
 * @returns An arbitrary of unknown values.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when an option is not a whole number.
 *
 * @example
 * ```ts
 * import { hostileJsonArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const values = fc.sample(hostileJsonArbitrary({ maxNesting: 0 }), { numRuns: 300, seed: 5 });
 * const kinds = new Set(values.map((value) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value)));
 * console.log([...kinds].sort().join(' ')); // array boolean null number object string undefined
 * ```
 */
export function hostileJsonArbitrary(options: HostileJsonArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const api = 'hostileJsonArbitrary';
  const maxDepth = readCount(api, 'maxDepth', options.maxDepth ?? 3);
  const maxLength = readCount(api, 'maxStringLength', options.maxStringLength ?? 2000);
  const maxNesting = readCount(api, 'maxNesting', options.maxNesting ?? 2000);
  const text = hostileStringArbitrary({ maxLength });
  const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'amount'), text);
  const atoms: fc.Arbitrary<unknown>[] = [
    fc.jsonValue({ maxDepth: 2 }),
    text,
    hostileNumberArbitrary(),
    fc.constantFrom(null, true, false, undefined),
    prototypeKeyObjectArbitrary(),
  ];
  if (maxNesting > 0) atoms.push(deeplyNestedArbitrary({ maxDepth: maxNesting }));
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      fc.oneof(...atoms),
      fc.array(tie('value'), { maxLength: 5 }),
      // Object.fromEntries defines `__proto__` as an own key, as JSON.parse does.
      fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
    ),
  }));
  return value;
}
