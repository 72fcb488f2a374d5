import fc from 'fast-check';
import { readCount } from '../../_internals/readCount.ts';

/** Options of {@link deeplyNestedArbitrary}. */
export interface DeeplyNestedArbitraryOptions {
  /**
   * The deepest nesting drawn.
   * @defaultValue `5000`
   */
  readonly maxDepth?: number;
}

/**
 * A fast-check arbitrary of values nested very deeply (`[[[[…]]]]`, `{"a":{"a":…}}` or a mix), the
 * shape that overflows the stack of recursive validators, copiers and freezers. Made by `JSON.parse`,
 * as a file reader would make them.
 *
 * @param options - The deepest nesting.
 * @returns An arbitrary of nested arrays and objects.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `maxDepth` is not a whole number.
 *
 * @example
 * ```ts
 * import { deeplyNestedArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const [nested] = fc.sample(deeplyNestedArbitrary({ maxDepth: 3 }), { numRuns: 1, seed: 2 });
 * console.log(JSON.stringify(nested)); // {"a":1}
 * ```
 */
export function deeplyNestedArbitrary(options: DeeplyNestedArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const maxDepth = readCount('deeplyNestedArbitrary', 'maxDepth', options.maxDepth ?? 5000);
  return fc
    .tuple(fc.integer({ min: 1, max: Math.max(1, maxDepth) }), fc.constantFrom('array', 'object', 'mixed'))
    .map(([depth, kind]) => {
      let opening = '';
      let closing = '';
      for (let level = 0; level < depth; level++) {
        const asArray = kind === 'array' || (kind === 'mixed' && level % 2 === 0);
        opening += asArray ? '[' : '{"a":';
        closing = (asArray ? ']' : '}') + closing;
      }
      return JSON.parse(`${opening}1${closing}`) as unknown;
    });
}
