import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { LateChargeWarning } from '../lateCharges/LateChargeWarning.ts';
import type { LateChargesInput } from './lateChargesInput.ts';
import { lateChargesPercent } from './lateChargesPercent.ts';
import { lateChargesReferenceRate } from './lateChargesReferenceRate.ts';

const FOUR = decimal(4);
const DAYS_IN_YEAR = decimal(365);

/**
 * Compares an agreed fixed rate with the 1-year LPR in force on the due date: above 4 × LPR (spec §5.2),
 * or below the LPR on a debt under the SME payment regulation (spec §5.3). A rate that follows a
 * reference is not an agreed fixed rate and is not compared.
 *
 * @internal
 */
export function lateChargesRateWarnings(input: LateChargesInput, api: string): LateChargeWarning[] {
  const { rate, lpr: table } = input;
  if (table === undefined || rate.kind === 'reference') return [];
  const annualRate = rate.kind === 'annual' ? rate.rate : rate.rate.times(DAYS_IN_YEAR);
  const agreed =
    rate.kind === 'annual'
      ? `the agreed rate of ${lateChargesPercent(annualRate)} a year`
      : `the agreed rate of ${lateChargesPercent(rate.rate)} a day (${lateChargesPercent(annualRate)} a year)`;
  const lprDate = input.dueDate;
  const lpr = lateChargesReferenceRate(
    { table, multiplier: decimal(1), margin: decimal(0) },
    { day: input.dueDay, date: lprDate },
    input.dueDay,
    api,
  ).rate;
  const warnings: LateChargeWarning[] = [];
  const threshold = lpr.times(FOUR);
  if (annualRate.greaterThan(threshold))
    warnings.push(aboveFourTimes(agreed, annualRate, lpr, threshold, lprDate));
  if (input.smePayment && annualRate.lessThan(lpr)) warnings.push(belowLpr(agreed, annualRate, lpr, lprDate));
  return warnings;
}

function aboveFourTimes(
  agreed: string,
  annualRate: Decimal,
  lpr: Decimal,
  threshold: Decimal,
  lprDate: string,
): LateChargeWarning {
  const message = `${agreed} is above 4 × the 1-year LPR of ${lateChargesPercent(lpr)} in force on ${lprDate} (${lateChargesPercent(threshold)}); courts use this private-lending cap (民间借贷规定 art. 25) as a yardstick and may reduce the rate`;
  return { code: 'rate_above_four_times_lpr', message, annualRate, lpr, threshold, lprDate };
}

function belowLpr(agreed: string, annualRate: Decimal, lpr: Decimal, lprDate: string): LateChargeWarning {
  const message = `${agreed} is below the 1-year LPR of ${lateChargesPercent(lpr)} in force on ${lprDate}; the SME payment regulation (保障中小企业款项支付条例 art. 17) requires an agreed rate of at least the LPR`;
  return { code: 'sme_rate_below_lpr', message, annualRate, lpr, lprDate };
}
