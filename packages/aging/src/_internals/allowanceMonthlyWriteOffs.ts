import { describeValue, type IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceArgumentError } from './allowanceArgument.ts';
import type { AllowanceCurrency } from './allowanceCurrency.ts';
import { allowanceReadAmount } from './allowanceReadAmount.ts';
import { allowanceReadDate } from './allowanceReadDate.ts';

/**
 * Reads the monthly write-offs of a roll-rate history into one amount per month after the first aging
 * (`result[t]` is written off in the month ending `dates[t + 1]`). A month without an entry wrote off
 * nothing; an entry for another date, or two for one month, is an `INVALID_ARGUMENT`.
 *
 * @internal
 */
export function allowanceMonthlyWriteOffs(
  input: unknown,
  dates: readonly IsoDate[],
  context: { readonly api: string; readonly currency: AllowanceCurrency; readonly zero: Decimal },
): Decimal[] {
  const { api } = context;
  if (!Array.isArray(input)) {
    throw allowanceArgumentError(api, `writeOffs: ${describeValue(input)} is not a list of { asOf, amount }`);
  }
  const months = dates.slice(1);
  const amounts: (Decimal | undefined)[] = months.map(() => undefined);
  input.forEach((entry: unknown, index) => {
    const { asOf, amount } = (typeof entry === 'object' && entry !== null ? entry : {}) as {
      asOf?: unknown;
      amount?: unknown;
    };
    const date = allowanceReadDate(asOf, api, `writeOffs[${index}].asOf`);
    const month = months.indexOf(date);
    if (month < 0) {
      throw allowanceArgumentError(
        api,
        `writeOffs[${index}].asOf: ${date} is not one of the agings' month-ends after the first (${months.join(', ')})`,
      );
    }
    if (amounts[month] !== undefined) {
      throw allowanceArgumentError(api, `writeOffs[${index}].asOf: the month ending ${date} is listed twice`);
    }
    amounts[month] = allowanceReadAmount(amount, context.currency, api, `writeOffs[${index}].amount`);
  });
  return amounts.map((amount) => amount ?? context.zero);
}
