import fc from 'fast-check';
import { PROTOTYPE_KEY_DOCUMENTS } from './hostileAtoms.ts';

/**
 * A fast-check arbitrary of plain objects that own `__proto__`, `constructor` or `prototype` keys, made
 * by `JSON.parse` as a file reader would make them, so the keys are real own properties rather than the
 * prototype itself. Half of them also carry `fields`, so one can stand in for a record that is
 * otherwise valid. Code that copies or merges such objects key by key pollutes `Object.prototype`.
 *
 * @param fields - Own keys to give every other object, e.g. a valid record's fields.
 * @returns An arbitrary of objects with prototype keys.
 *
 * @example
 * ```ts
 * import { prototypeKeyObjectArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const objects = fc.sample(prototypeKeyObjectArbitrary({ id: 'C1' }), { numRuns: 50, seed: 1 });
 * const ownsAPrototypeKey = (value: object) =>
 *   ['__proto__', 'constructor', 'prototype', 'toString'].some((key) => Object.hasOwn(value, key));
 * console.log(objects.every(ownsAPrototypeKey)); // true
 * ```
 */
export function prototypeKeyObjectArbitrary(
  fields: Readonly<Record<string, unknown>> = {},
): fc.Arbitrary<object> {
  const fieldsJson = JSON.stringify(fields).slice(1, -1);
  return fc
    .tuple(fc.constantFrom(...PROTOTYPE_KEY_DOCUMENTS), fc.boolean(), fc.boolean())
    .map(([document, withFields, keysFirst]) => {
      const keys = document.slice(1, -1);
      if (!withFields || fieldsJson === '') return JSON.parse(document) as object;
      return JSON.parse(keysFirst ? `{${keys},${fieldsJson}}` : `{${fieldsJson},${keys}}`) as object;
    });
}
