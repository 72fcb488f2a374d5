import Decimal from 'decimal.js';

/** How many values a result walk looks at before it stops: enough for a million instalments. */
const MAX_VISITS = 20_000_000;

/**
 * The path of the first `NaN`, `±Infinity` or non-finite `Decimal` (of any copy of decimal.js) inside
 * `value`, looking through arrays, plain and frozen objects, `Map`s and `Set`s; `undefined` when there is
 * none. Iterative and cycle-safe, so deep or self-referencing results cannot overflow the stack.
 *
 * @internal
 */
export function findNonFinite(value: unknown): string | undefined {
  const seen = new Set<object>();
  const stack: { value: unknown; path: string }[] = [{ value, path: '(result)' }];
  for (let visits = 0; stack.length > 0 && visits < MAX_VISITS; visits++) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return `${path} is ${current}`;
      continue;
    }
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (Decimal.isDecimal(current) || isDecimalLike(current)) {
      if (!(current as Decimal).isFinite()) return `${path} is the Decimal ${String(current)}`;
      continue;
    }
    if (current instanceof Map) {
      for (const [key, item] of current) stack.push({ value: item, path: `${path}.get(${String(key)})` });
    } else if (current instanceof Set) {
      for (const item of current) stack.push({ value: item, path: `${path} item` });
    } else {
      for (const key of Object.keys(current)) {
        stack.push({ value: (current as Record<string, unknown>)[key], path: `${path}.${key}` });
      }
    }
  }
  return undefined;
}

/** A decimal.js value from a copy whose `isDecimal` does not recognise ours, told by its shape. */
function isDecimalLike(value: object): boolean {
  const candidate = value as { isFinite?: unknown; toFixed?: unknown; d?: unknown; e?: unknown };
  return (
    typeof candidate.isFinite === 'function' && typeof candidate.toFixed === 'function' && 'e' in candidate
  );
}
