import { isReceivablesError } from '@receivables/core';
import { findNonFinite } from './findNonFinite.ts';
import type { HostileCallOutcome } from './HostileCallOutcome.ts';
import { POLLUTION_KEY } from './hostileAtoms.ts';
import { isReceivablesErrorCode } from './receivablesErrorCodes.ts';

/** The prototypes hostile keys try to reach, and the names they own before any call. */
const GUARDED: readonly (readonly [name: string, prototype: object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

function ownNames(prototype: object): string {
  return Reflect.ownKeys(prototype).map(String).sort().join(',');
}

/**
 * Runs a call fed hostile input and checks that the input did no harm: the call either returned a result
 * holding no `NaN`, no infinity and no non-finite `Decimal`, or threw a `ReceivablesError` whose code is in
 * the suite's union; and afterwards `Object.prototype` (and the array, function and string prototypes) has
 * no new or lost keys and `({}).polluted` is still undefined. Any other outcome throws a plain `Error`
 * that says what went wrong, so the check fails a fast-check property or a vitest test as it is.
 *
 * @param call - The call to make, e.g. `() => parsePortfolio(input)`.
 * @returns How the call ended: its value, or the suite error it threw.
 * @throws {Error} When the call threw anything but a suite error with a known code, returned a
 *   non-finite number, or changed a built-in prototype.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from '@receivables/core';
 * import { checkHostileCall } from '@receivables/testing';
 *
 * const outcome = checkHostileCall(() => parseIsoDate('2026-02-30'));
 * console.log(outcome.kind, outcome.kind === 'rejected' ? outcome.error.code : ''); // rejected INVALID_DATE
 * try {
 *   checkHostileCall(() => Number('x'));
 * } catch (error) {
 *   console.log((error as Error).message); // checkHostileCall: the result holds a non-finite number: (result) is NaN
 * }
 * ```
 */
export function checkHostileCall<T>(call: () => T): HostileCallOutcome<T> {
  const before = GUARDED.map(([, prototype]) => ownNames(prototype));
  let outcome: HostileCallOutcome<T>;
  try {
    outcome = { kind: 'returned', value: call() };
  } catch (error) {
    if (!isReceivablesError(error)) {
      throw new Error(
        `checkHostileCall: the call threw something other than a ReceivablesError: ${String(error)}`,
        {
          cause: error,
        },
      );
    }
    if (!isReceivablesErrorCode(error.code)) {
      throw new Error(
        `checkHostileCall: the call threw a ReceivablesError with the unknown code ${String(error.code)}`,
        {
          cause: error,
        },
      );
    }
    outcome = { kind: 'rejected', error };
  }
  GUARDED.forEach(([name, prototype], index) => {
    const after = ownNames(prototype);
    if (after !== before[index]) {
      throw new Error(
        `checkHostileCall: the call changed the keys of ${name}: ${before[index]} became ${after}`,
      );
    }
  });
  if (({} as Record<string, unknown>)[POLLUTION_KEY] !== undefined) {
    throw new Error(`checkHostileCall: every object now has a "${POLLUTION_KEY}" property`);
  }
  if (outcome.kind === 'returned') {
    const problem = findNonFinite(outcome.value);
    if (problem !== undefined)
      throw new Error(`checkHostileCall: the result holds a non-finite number: ${problem}`);
  }
  return outcome;
}
