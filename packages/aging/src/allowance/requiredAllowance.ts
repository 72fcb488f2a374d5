import { type AmountInput, decimal, describeValue, type RoundingMode } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceArgumentError } from '../_internals/allowanceArgument.ts';
import { allowanceBucketAmounts } from '../_internals/allowanceBucketAmounts.ts';
import { allowanceCurrency } from '../_internals/allowanceCurrency.ts';
import { allowanceIndividualLines } from '../_internals/allowanceIndividualLines.ts';
import { allowanceMatrixRates } from '../_internals/allowanceMatrixRates.ts';
import { allowanceMultiply } from '../_internals/allowanceMultiply.ts';
import { allowanceRoundingMode } from '../_internals/allowanceRoundingMode.ts';
import type { AllowanceBalance } from './AllowanceBalance.ts';
import type { AllowanceRateMatrix } from './AllowanceRateMatrix.ts';
import type { IndividualAssessment } from './IndividualAssessment.ts';
import type {
  RequiredAllowanceBucket,
  RequiredAllowanceIndividual,
  RequiredAllowanceResult,
} from './RequiredAllowanceResult.ts';

const API = 'requiredAllowance';

/** Options of {@link requiredAllowance}. */
export interface RequiredAllowanceOptions {
  /** The ISO 4217 code of every amount, e.g. `CNY`; amounts must fit its minor unit. */
  readonly currency: string;
  /**
   * The gross balance per bucket: a record keyed by bucket id (`{ within1y: '100000.00' }`) or lines
   * `{ bucketId, amount }`. Every bucket id must be in the matrix; a bucket of the matrix left out has
   * a zero balance.
   */
  readonly balances: readonly AllowanceBalance[] | Readonly<Record<string, AmountInput>>;
  /** The loss rate per bucket, e.g. `chineseAgingMethodRates`. */
  readonly matrix: AllowanceRateMatrix;
  /**
   * Items assessed on their own; their amounts leave their buckets' matrix lines.
   * @defaultValue `[]`
   */
  readonly individual?: readonly IndividualAssessment[] | undefined;
  /**
   * How each line is rounded to the currency's minor unit.
   * @defaultValue `roundHalfUp` (四舍五入)
   */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * Computes the bad-debt allowance (坏账准备) that aged balances require under a provision matrix, with
 * individually assessed items overriding the matrix (spec §2.3; CAS 22 / IFRS 9 B5.5.35 for the matrix):
 *
 * - per bucket: `collectivelyAssessed = balance − Σ individually assessed amounts in the bucket` and
 *   `required = round(collectivelyAssessed × rate)`;
 * - per individual item: `allowance` as given, or `round(amount × rate)`;
 * - `total required = Σ bucket required + Σ individual allowances`.
 *
 * Rounding rule: each line is computed exactly and rounded once, to the currency's minor unit, and every
 * total is the sum of the rounded lines, so the table adds up to the cent as printed. (The total can
 * therefore differ by a few minor units from rounding the exact grand total.) Since rates lie in [0, 1],
 * each line, and so the total, stays between zero and its balance.
 *
 * @param options - The currency, the balances by bucket, the matrix, individually assessed items and
 *   the rounding mode.
 * @returns One line per bucket of the matrix, in its order, the individual items and the totals.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a bucket id that is not in the matrix or is listed
 *   twice, an individually assessed item with an unknown bucket, a repeated id, both or neither of
 *   `allowance` and `rate`, an allowance above its amount, or items that add up to more than their
 *   bucket's balance; `INVALID_RATE` for a matrix or item rate outside [0, 1] or not a number;
 *   `INVALID_AMOUNT` for a negative or malformed amount; `AMOUNT_TOO_PRECISE` for an amount finer than
 *   the currency; `AMOUNT_OUT_OF_RANGE` for one with more than 30 integer digits; `INVALID_CURRENCY` for
 *   an unknown currency code.
 *
 * @example
 * ```ts
 * import { chineseAgingMethodRates, requiredAllowance } from '@receivables/aging';
 *
 * const balances = { within1y: '100000', y1to2: '50000', y2to3: '20000', y3to4: '10000', y4to5: '5000', over5y: '2000' };
 * const byMatrix = requiredAllowance({ currency: 'CNY', balances, matrix: chineseAgingMethodRates });
 * console.log(byMatrix.buckets.map((line) => String(line.required)).join(' + '), '=', String(byMatrix.totals.required)); // 5000 + 5000 + 6000 + 5000 + 4000 + 2000 = 27000
 *
 * // A debtor in liquidation owes 8,000 of the 2–3-year balance: assessed individually at 100 %.
 * const individual = [{ id: 'INV-0042', bucketId: 'y2to3', amount: '8000', rate: '1', reason: 'debtor in liquidation' }];
 * const withItem = requiredAllowance({ currency: 'CNY', balances, matrix: chineseAgingMethodRates, individual });
 * console.log(String(withItem.buckets[2]?.required), String(withItem.totals.required)); // 3600 32600
 * ```
 */
export function requiredAllowance(options: RequiredAllowanceOptions): RequiredAllowanceResult {
  const currency = allowanceCurrency(options.currency, API);
  const mode = allowanceRoundingMode(options.rounding, API);
  const matrix = allowanceMatrixRates(options.matrix, API);
  const known = new Set(matrix.rates.keys());
  const knownFrom = `the matrix ${describeValue(matrix.id)}`;
  const balances = allowanceBucketAmounts(options.balances, {
    api: API,
    path: ['balances'],
    currency,
    known,
    knownFrom,
  });
  const individual = allowanceIndividualLines(options.individual ?? [], {
    api: API,
    currency,
    mode,
    known,
    knownFrom,
  });
  const assessedByBucket = sumByBucket(individual);
  const buckets = [...matrix.rates].map(([bucketId, rate]): RequiredAllowanceBucket => {
    const balance = balances.get(bucketId) ?? ZERO;
    const individuallyAssessed = assessedByBucket.get(bucketId) ?? ZERO;
    if (individuallyAssessed.greaterThan(balance)) {
      throw allowanceArgumentError(
        API,
        `individually assessed items in bucket ${describeValue(bucketId)} add up to ${individuallyAssessed.toFixed(currency.minorUnits)}, more than its balance ${balance.toFixed(currency.minorUnits)}`,
        { bucketId },
      );
    }
    const collectivelyAssessed = balance.minus(individuallyAssessed);
    const exactRequired = allowanceMultiply(collectivelyAssessed, rate, API, `bucket ${bucketId}`);
    const required = mode(exactRequired, currency.minorUnits);
    return { bucketId, balance, individuallyAssessed, collectivelyAssessed, rate, exactRequired, required };
  });
  const collectiveAllowance = sum(buckets.map((line) => line.required));
  const individualAllowance = sum(individual.map((line) => line.allowance));
  const totals = {
    balance: sum(buckets.map((line) => line.balance)),
    individuallyAssessed: sum(buckets.map((line) => line.individuallyAssessed)),
    collectivelyAssessed: sum(buckets.map((line) => line.collectivelyAssessed)),
    collectiveAllowance,
    individualAllowance,
    required: collectiveAllowance.plus(individualAllowance),
  };
  return { currency: currency.code, matrixId: matrix.id, buckets, individual, totals };
}

const ZERO: Decimal = decimal(0);

function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

function sumByBucket(lines: readonly RequiredAllowanceIndividual[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const line of lines) sums.set(line.bucketId, (sums.get(line.bucketId) ?? ZERO).plus(line.amount));
  return sums;
}
