import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';

/** The two DSO figures {@link averageDaysDelinquent} compares, measured over the same sales and days. */
export interface AverageDaysDelinquentInput {
  /** DSO of the period, from `standardDso` (or another DSO method, see the notes). */
  readonly dso: AmountInput;
  /** Best possible DSO of the same period, from `bestPossibleDso`. */
  readonly bestPossibleDso: AmountInput;
}

/**
 * Computes average days delinquent (ADD): how many days of DSO are due to customers paying late rather
 * than to the credit terms granted.
 *
 * Formula (spec §2.5, §7.4): `ADD = DSO − best possible DSO`.
 *
 * With both figures from `standardDso` and `bestPossibleDso` over the same sales and days, ADD is never
 * negative, because current receivables are part of all receivables. A DSO measured another way (count-back,
 * turnover) can fall below BPDSO; the negative difference is returned as is rather than hidden, and says
 * the two figures were not measured on the same basis.
 *
 * @param input - DSO and best possible DSO, in days.
 * @returns ADD in days, exact to the suite's 60 significant digits and not rounded.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when either figure is not a finite decimal or is negative.
 *
 * @example
 * ```ts
 * import { averageDaysDelinquent, bestPossibleDso, standardDso } from '@receivables/aging';
 *
 * const period = { creditSales: 7300, dayCount: 365 } as const;
 * const dso = standardDso({ ...period, endingReceivables: 1000 });
 * const bpdso = bestPossibleDso({ ...period, currentReceivables: 600 });
 * console.log(dso.toString(), bpdso.toString()); // 50 30
 * console.log(averageDaysDelinquent({ dso, bestPossibleDso: bpdso }).toString()); // 20
 * ```
 */
export function averageDaysDelinquent(input: AverageDaysDelinquentInput): Decimal {
  const dso = readAmount(input.dso, 'averageDaysDelinquent', 'dso');
  const best = readAmount(input.bestPossibleDso, 'averageDaysDelinquent', 'bestPossibleDso');
  return dso.minus(best);
}
