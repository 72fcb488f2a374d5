import { type AmountInput, decimal, describeValue, roundHalfUp } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceArgumentError } from '../_internals/allowanceArgument.ts';
import { type AllowanceRollMonth, allowanceAverageRollRate } from '../_internals/allowanceAverageRollRate.ts';
import { allowanceBucketOrder } from '../_internals/allowanceBucketOrder.ts';
import { type AllowanceCurrency, allowanceCurrency } from '../_internals/allowanceCurrency.ts';
import { allowanceForwardLooking } from '../_internals/allowanceForwardLooking.ts';
import { type AllowanceAgingSeries, allowanceMonthEndAgings } from '../_internals/allowanceMonthEndAgings.ts';
import { allowanceMonthlyWriteOffs } from '../_internals/allowanceMonthlyWriteOffs.ts';
import { allowanceMultiply } from '../_internals/allowanceMultiply.ts';
import { allowanceReadRate } from '../_internals/allowanceReadRate.ts';
import { allowanceRollRateExplanation } from '../_internals/allowanceRollRateExplanation.ts';
import type { AllowanceRateMatrix } from './AllowanceRateMatrix.ts';
import type { ForwardLookingAdjustment } from './ForwardLookingAdjustment.ts';
import type { MonthEndAging, MonthlyWriteOff } from './MonthEndAging.ts';
import type { RollRateBucket, RollRateProvisionMatrixResult } from './RollRateProvisionMatrixResult.ts';

const API = 'rollRateProvisionMatrix';
const ZERO: Decimal = decimal(0);
const ONE: Decimal = decimal(1);
const MAX_PLACES = 20;

/** Options of {@link rollRateProvisionMatrix}. */
export interface RollRateProvisionMatrixOptions {
  /** The ISO 4217 code of every balance, e.g. `CNY`; balances must fit its minor unit. */
  readonly currency: string;
  /** At least two agings at consecutive month-ends, oldest first. */
  readonly agings: readonly MonthEndAging[];
  /**
   * The buckets from the newest (e.g. `notDue`) to the oldest (e.g. `over120`). Each bucket should span
   * one month, so that a month later its balance can only be in the next bucket, paid or written off.
   */
  readonly bucketOrder: readonly string[];
  /**
   * The share of the oldest bucket's balance that is eventually written off, from 0 to 1. Give it or
   * `writeOffs`, not both.
   * @defaultValue `1` when `writeOffs` is not given: whatever reaches the oldest bucket is lost
   */
  readonly writeOffRate?: AmountInput | undefined;
  /**
   * What was written off from the oldest bucket in each month, to observe its roll into write-off like
   * the other roll rates; a month without an entry wrote off nothing.
   */
  readonly writeOffs?: readonly MonthlyWriteOff[] | undefined;
  /**
   * A forward-looking adjustment of the historical loss rates.
   * @defaultValue none (every factor is 1)
   */
  readonly forwardLooking?: ForwardLookingAdjustment | undefined;
  /**
   * `balanceWeighted`: `Σ rolled ÷ Σ balance` over the months; `simple`: the mean of the monthly rates.
   * @defaultValue `'balanceWeighted'`
   */
  readonly averaging?: 'balanceWeighted' | 'simple' | undefined;
  /**
   * The decimals every derived rate is rounded to (half up), from 0 to 20: 6 keeps 0.0001 %.
   * @defaultValue `6`
   */
  readonly rateDecimalPlaces?: number | undefined;
  /**
   * The id of the resulting matrix.
   * @defaultValue `'rollRateProvisionMatrix'`
   */
  readonly id?: string | undefined;
}

/**
 * Derives an IFRS 9 provision matrix for trade receivables (simplified approach, IFRS 9 5.5.15 and
 * B5.5.35; CAS 22) from roll rates, as spec §7.5 defines them:
 *
 * - roll rate of bucket k in a month = (balance of bucket k+1 a month later) ÷ (balance of bucket k);
 *   for the oldest bucket, the amount written off in the month ÷ its balance, or `writeOffRate`;
 * - average roll rate = `Σ rolled ÷ Σ balance` (balance-weighted) or the mean of the monthly rates, over
 *   the months where bucket k had a balance (a zero balance says nothing, so that month is skipped);
 * - loss rate of bucket k = roll rate of k × loss rate of k+1, i.e. the product of the roll rates from k
 *   to write-off; the oldest bucket's loss rate is its write-off rate;
 * - adjusted loss rate = `min(1, loss rate × forward-looking factor)`.
 *
 * Rates are quotients, so they cannot all be exact: quotients are taken to the suite's 60 significant
 * digits, and every derived rate (monthly, average, loss, adjusted) is rounded half up to
 * `rateDecimalPlaces`, each loss rate from the rounded figures its explanation shows; a given
 * `writeOffRate` is used as given. With roll rates at most 1, loss rates never decrease from the newest
 * bucket to the oldest. Roll rates above 1 are kept as observed: they mean a bucket spans more than a
 * month or receives balances from elsewhere, and a loss rate above 100 % is capped in the adjusted rate.
 *
 * @param options - The agings, the bucket order, the oldest bucket's write-offs, the forward-looking
 *   adjustment, the averaging and the rate decimals.
 * @returns The adjusted rates as an `AllowanceRateMatrix` for `requiredAllowance`, and per bucket its
 *   monthly observations, average roll rate, loss rates and a one-line explanation.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when fewer than two agings are given, a date is not the
 *   month-end after the previous one, a bucket id is not in `bucketOrder` or is repeated, a bucket has no
 *   month with a balance, a write-off is dated outside the agings' months or twice, both `writeOffRate`
 *   and `writeOffs` are given, or an option is outside its domain; `INVALID_RATE` for a write-off rate
 *   outside [0, 1] or a negative factor; `INVALID_DATE` for a date that does not exist; `INVALID_AMOUNT`,
 *   `AMOUNT_TOO_PRECISE` or `AMOUNT_OUT_OF_RANGE` for a bad balance; `INVALID_CURRENCY` for an unknown code.
 *
 * @example
 * ```ts
 * import { rollRateProvisionMatrix } from '@receivables/aging';
 *
 * const result = rollRateProvisionMatrix({
 *   currency: 'CNY',
 *   bucketOrder: ['current', 'd1to30', 'over30'],
 *   agings: [
 *     { asOf: '2025-01-31', balances: { current: '1000', d1to30: '400', over30: '100' } },
 *     { asOf: '2025-02-28', balances: { current: '1000', d1to30: '200', over30: '200' } },
 *   ],
 *   writeOffRate: '0.5',
 * });
 * const [current, late, oldest] = result.buckets;
 * console.log(current?.explanation); // current: 20.0% rolls to d1to30 (balance-weighted over 1 month) × 25.0% (loss rate of d1to30) = 5.0%
 * console.log(late?.explanation); // d1to30: 50.0% rolls to over30 (balance-weighted over 1 month) × 50.0% (loss rate of over30) = 25.0%
 * console.log(oldest?.explanation); // over30: 50.0% written off (given); loss rate 50.0%
 * console.log(result.matrix.bucketRates); // {"current":"0.05","d1to30":"0.25","over30":"0.5"}
 * ```
 */
export function rollRateProvisionMatrix(
  options: RollRateProvisionMatrixOptions,
): RollRateProvisionMatrixResult {
  const currency = allowanceCurrency(options.currency, API);
  const order = allowanceBucketOrder(options.bucketOrder, API);
  const series = allowanceMonthEndAgings(options.agings, { api: API, currency, known: new Set(order) });
  const averaging = readAveraging(options.averaging);
  const places = readPlaces(options.rateDecimalPlaces);
  const id = readId(options.id);
  const factors = allowanceForwardLooking(options.forwardLooking, order, { api: API, one: ONE });
  const writeOff = readWriteOff(options, series, currency);
  const buckets: RollRateBucket[] = [];
  for (let index = order.length - 1; index >= 0; index--) {
    const bucketId = order[index]!;
    const context = { series, writeOff, averaging, places, factor: factors.get(bucketId) ?? ONE };
    buckets.unshift(deriveBucket(bucketId, order[index + 1] ?? null, buckets[0], context));
  }
  return { matrix: toMatrix(id, buckets), averaging, buckets };
}

interface DerivationContext {
  readonly series: AllowanceAgingSeries;
  readonly writeOff: WriteOffSource;
  readonly averaging: 'balanceWeighted' | 'simple';
  readonly places: number;
  readonly factor: Decimal;
}

/** Derives one bucket's rates from its months and the already derived older bucket it rolls into. */
function deriveBucket(
  bucketId: string,
  rollsTo: string | null,
  older: RollRateBucket | undefined,
  context: DerivationContext,
): RollRateBucket {
  const { series, writeOff, averaging, places, factor } = context;
  const balanceAt = (t: number): Decimal | undefined => series.balances[t]?.get(bucketId);
  const months =
    rollsTo !== null
      ? rollMonths(series, balanceAt, (t) => series.balances[t + 1]?.get(rollsTo))
      : writeOff.rolled && rollMonths(series, balanceAt, (t) => writeOff.rolled?.[t]);
  const average = months && allowanceAverageRollRate(months, averaging, places);
  const rollRate = average === undefined ? writeOff.rate : average.rollRate;
  if (rollRate === undefined) {
    throw allowanceArgumentError(
      API,
      `bucket ${describeValue(bucketId)} has a zero balance in every aging but the last, so no ${rollsTo === null ? 'write-off' : 'roll'} rate can be observed; add months or merge buckets`,
      { bucketId },
    );
  }
  const lossRate =
    older === undefined
      ? rollRate
      : roundHalfUp(allowanceMultiply(rollRate, older.lossRate, API, `loss rate of ${bucketId}`), places);
  const adjusted = allowanceMultiply(lossRate, factor, API, `adjusted loss rate of ${bucketId}`);
  const capped = adjusted.greaterThan(1);
  const adjustedLossRate = capped ? ONE : roundHalfUp(adjusted, places);
  const monthsUsed = average?.monthsUsed ?? 0;
  const explanation = allowanceRollRateExplanation({
    bucketId,
    rollsTo,
    averaging,
    months: months && { used: monthsUsed, skipped: months.length - monthsUsed },
    rollRate,
    nextLossRate: older?.lossRate,
    lossRate,
    factor,
    adjustedLossRate,
  });
  return {
    bucketId,
    rollsTo,
    rollRateSource: average === undefined ? 'given' : 'observed',
    observations: average?.observations ?? [],
    monthsUsed,
    rollRate,
    lossRate,
    forwardLookingFactor: factor,
    adjustedLossRate,
    capped,
    explanation,
  };
}

function rollMonths(
  series: AllowanceAgingSeries,
  balanceAt: (t: number) => Decimal | undefined,
  rolledAfter: (t: number) => Decimal | undefined,
): AllowanceRollMonth[] {
  return series.dates.slice(1).map((to, t) => ({
    from: series.dates[t]!,
    to,
    balance: balanceAt(t) ?? ZERO,
    rolled: rolledAfter(t) ?? ZERO,
  }));
}

/** The oldest bucket's roll into write-off: a given rate, or the amounts written off each month. */
interface WriteOffSource {
  readonly rate?: Decimal;
  readonly rolled?: readonly Decimal[];
}

function readWriteOff(
  options: RollRateProvisionMatrixOptions,
  series: AllowanceAgingSeries,
  currency: AllowanceCurrency,
): WriteOffSource {
  const { writeOffRate, writeOffs } = options;
  if (writeOffRate !== undefined && writeOffs !== undefined) {
    throw allowanceArgumentError(API, 'give writeOffRate or writeOffs, not both');
  }
  if (writeOffs !== undefined) {
    return { rolled: allowanceMonthlyWriteOffs(writeOffs, series.dates, { api: API, currency, zero: ZERO }) };
  }
  return {
    rate: writeOffRate === undefined ? ONE : allowanceReadRate(writeOffRate, API, 'writeOffRate', 'rate'),
  };
}

function readAveraging(value: unknown): 'balanceWeighted' | 'simple' {
  if (value === undefined || value === 'balanceWeighted') return 'balanceWeighted';
  if (value === 'simple') return value;
  throw allowanceArgumentError(
    API,
    `averaging: ${describeValue(value)} is neither "balanceWeighted" nor "simple"`,
  );
}

function readPlaces(value: unknown): number {
  if (value === undefined) return 6;
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PLACES)
    return value as number;
  throw allowanceArgumentError(
    API,
    `rateDecimalPlaces: ${describeValue(value)} is not a whole number from 0 to ${MAX_PLACES}`,
  );
}

function readId(value: unknown): string {
  if (value === undefined) return 'rollRateProvisionMatrix';
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw allowanceArgumentError(API, `id: ${describeValue(value)} is not a matrix id`);
}

function toMatrix(id: string, buckets: readonly RollRateBucket[]): AllowanceRateMatrix {
  const bucketRates = Object.fromEntries(buckets.map((bucket) => [bucket.bucketId, bucket.adjustedLossRate]));
  return Object.freeze({
    id,
    description:
      'IFRS 9 provision matrix: loss rates derived from roll rates, adjusted for forward-looking information.',
    bucketRates: Object.freeze(bucketRates),
  });
}
