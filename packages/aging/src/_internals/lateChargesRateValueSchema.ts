import {
  type AmountInput,
  addValidationIssue,
  decimal,
  describeValue,
  isReceivablesError,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import * as z from 'zod';

/** Which signs a rate field accepts: reference rates may be negative, the rates built on them may not. */
export type LateChargesRateSign = 'any' | 'nonNegative';

/**
 * A zod schema for one rate written as a fraction: a decimal string (`'0.0005'`), a finite number or a
 * `Decimal`. It checks and keeps the value as given; callers read it with `decimal()` afterwards.
 * Issue codes: `invalid_rate` (not a decimal number), `negative_rate`.
 *
 * @internal
 */
export function lateChargesRateValueSchema(
  sign: LateChargesRateSign,
  description: string,
): z.ZodType<AmountInput, AmountInput> {
  return z
    .custom<AmountInput>()
    .superRefine((value, ctx) => {
      const rate = readRate(value);
      if (rate === undefined) {
        const reason =
          value === undefined
            ? 'Missing value: expected a decimal rate'
            : `${describeValue(value)} is not a decimal rate`;
        addValidationIssue(ctx, 'invalid_rate', reason, value);
      } else if (sign === 'nonNegative' && rate.isNegative()) {
        addValidationIssue(
          ctx,
          'negative_rate',
          `${describeValue(value)} is negative: a rate must be at least 0`,
          value,
        );
      }
    })
    .meta({
      // Only the JSON forms: a Decimal object cannot occur in a JSON document.
      anyOf: [
        { type: 'string', pattern: '^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*$' },
        { type: 'number' },
      ],
      description,
    });
}

function readRate(value: unknown): Decimal | undefined {
  try {
    return decimal(value as AmountInput);
  } catch (error) {
    if (isReceivablesError(error)) return undefined;
    throw error;
  }
}
