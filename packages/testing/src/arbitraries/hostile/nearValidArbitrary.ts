import fc from 'fast-check';
import { hostileJsonArbitrary } from './hostileJsonArbitrary.ts';
import type { NearValidSample } from './NearValidSample.ts';

/** Options of {@link nearValidArbitrary}. */
export interface NearValidArbitraryOptions {
  /**
   * The values put in place of a field or added as a new one.
   * @defaultValue `hostileJsonArbitrary({ maxStringLength: 300, maxNesting: 300 })`
   */
  readonly values?: fc.Arbitrary<unknown>;
  /**
   * Replace or remove only leaves (strings, numbers, booleans, null), never a whole object or list. For
   * functions that take typed data and validate its values but trust its shape.
   * @defaultValue `false`
   */
  readonly leavesOnly?: boolean;
}

type Path = readonly (string | number)[];

/** Most places considered in one value; deeper or later fields are reached through shrinking and other runs. */
const MAX_PATHS = 2000;

/**
 * A fast-check arbitrary of near-valid values: a value drawn from `valid` (plain JSON-like data, such as
 * `serializePortfolio` output) with one thing changed at a drawn place, anywhere in it: a field or list
 * entry replaced by a hostile value, a field removed, or a hostile key (`__proto__`, `constructor`, a
 * random text) added. Such inputs pass most checks, so they reach the deeper rules a wholly random value
 * never gets to. Only the containers on the path are copied; the drawn valid value is not changed.
 *
 * @param valid - An arbitrary of valid plain values (objects, arrays, strings, numbers).
 * @param options - The hostile values to put in, and whether only leaves may be replaced or removed.
 * @returns An arbitrary of near-valid samples: the changed value, the path and the kind of change.
 *
 * @example
 * ```ts
 * import { nearValidArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const valid = fc.constant({ id: 'C1', name: 'Hengda Trading' });
 * const [sample] = fc.sample(nearValidArbitrary(valid, { values: fc.constant(null) }), { numRuns: 1, seed: 2 });
 * console.log(sample?.change, sample?.path, sample?.value); // removed ["id"] {"name":"Hengda Trading"}
 * ```
 */
export function nearValidArbitrary<T>(
  valid: fc.Arbitrary<T>,
  options: NearValidArbitraryOptions = {},
): fc.Arbitrary<NearValidSample> {
  const values = options.values ?? hostileJsonArbitrary({ maxStringLength: 300, maxNesting: 300 });
  const newKey = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
    fc.string({ maxLength: 8 }),
  );
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom('replaced', 'removed', 'added'), values, newKey)
    .map(([root, pick, change, replacement, key]): NearValidSample => {
      const { containers, leaves } = placesIn(root);
      if (change === 'added') {
        const path = containers[pick % containers.length] ?? [];
        const target = valueAt(root, path);
        if (isPlainRecord(target)) {
          const added = Object.fromEntries([...Object.entries(target), [key, replacement]]);
          return { value: replaceAt(root, path, () => added), path: [...path, key], change };
        }
      }
      const places = options.leavesOnly === true ? leaves : [...containers.slice(1), ...leaves];
      const path = places[pick % Math.max(1, places.length)] ?? [];
      const parent = valueAt(root, path.slice(0, -1));
      const field = path[path.length - 1];
      if (change === 'removed' && typeof field === 'string' && isPlainRecord(parent)) {
        const { [field]: _removed, ...rest } = parent;
        return { value: replaceAt(root, path.slice(0, -1), () => rest), path, change };
      }
      return { value: replaceAt(root, path, () => replacement), path, change: 'replaced' };
    });
}

/** The paths of every array and plain object (the root first) and of every other value inside `root`, breadth first. */
function placesIn(root: unknown): { containers: Path[]; leaves: Path[] } {
  const containers: Path[] = [];
  const leaves: Path[] = [];
  const queue: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  for (let index = 0; index < queue.length && containers.length + leaves.length < MAX_PATHS; index++) {
    const { value, path } = queue[index] as { value: unknown; path: Path };
    if (Array.isArray(value)) {
      containers.push(path);
      value.forEach((item, at) => {
        queue.push({ value: item, path: [...path, at] });
      });
    } else if (isPlainRecord(value)) {
      containers.push(path);
      for (const [key, item] of Object.entries(value)) queue.push({ value: item, path: [...path, key] });
    } else if (path.length > 0) {
      leaves.push(path);
    }
  }
  return { containers, leaves };
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

/** A copy of `root` with the value at `path` replaced, copying only the containers along the path. */
function replaceAt(root: unknown, path: Path, make: () => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return make();
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[key as number] = replaceAt(root[key as number], rest, make);
    return copy;
  }
  const record = root as Record<string, unknown>;
  // Object.fromEntries, unlike assignment, keeps a `__proto__` key an own field.
  return Object.fromEntries(
    Object.entries(record).map(([name, item]) => [name, name === key ? replaceAt(item, rest, make) : item]),
  );
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
