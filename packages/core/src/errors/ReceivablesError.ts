import type { ReceivablesErrorCode } from './ReceivablesErrorCode.ts';
import type { ValidationIssue } from './ValidationIssue.ts';

/** The brand every {@link ReceivablesError} carries; `Symbol.for` makes it the same across duplicate installs. */
export const receivablesErrorBrand: unique symbol = Symbol.for('@receivables/core/ReceivablesError') as never;

/** Options of {@link ReceivablesError}. */
export interface ReceivablesErrorOptions {
  /** Where in the input the problem lies, e.g. `['invoices', 3, 'amount']`. */
  readonly path?: readonly (string | number)[];
  /** Structured facts about the failure: the offending value, the expected range, every issue found. */
  readonly details?: Readonly<Record<string, unknown>> & { readonly issues?: readonly ValidationIssue[] };
  /** The error this one wraps. */
  readonly cause?: unknown;
}

/**
 * The one error class of the suite. Branch on {@link ReceivablesError.code}, never on the message.
 *
 * @example
 * ```ts
 * import { ReceivablesError, isReceivablesError } from '@receivables/core';
 *
 * const error = new ReceivablesError('INVALID_AMOUNT', 'money: "12,5" is not a decimal number', {
 *   details: { value: '12,5' },
 * });
 * console.log(isReceivablesError(error), error.code); // true INVALID_AMOUNT
 * ```
 */
export class ReceivablesError extends Error {
  /** The stable code callers branch on. */
  readonly code: ReceivablesErrorCode;
  /** Where in the input the problem lies, when it applies. */
  readonly path: readonly (string | number)[] | undefined;
  /** Structured facts about the failure. */
  readonly details: Readonly<Record<string, unknown>> & { readonly issues?: readonly ValidationIssue[] };
  /**
   * @param code - The stable error code.
   * @param message - A sentence that starts with the function's name and names the value and the reason.
   * @param options - Path, details and the wrapped cause.
   */
  constructor(code: ReceivablesErrorCode, message: string, options: ReceivablesErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReceivablesError';
    this.code = code;
    this.path = options.path;
    this.details = options.details ?? {};
    // The brand, not the prototype chain, identifies suite errors across duplicate installs.
    Object.defineProperty(this, receivablesErrorBrand, { value: true });
  }

  /**
   * Tells whether `value` is a {@link ReceivablesError}, from this or any other copy of the package.
   *
   * @param value - Anything caught.
   * @returns `true` when `value` carries the suite's error brand.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[receivablesErrorBrand] === true
    );
  }
}
