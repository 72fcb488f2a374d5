import {
  currencyMinorUnits,
  describeValue,
  parseCurrency,
  parseIsoDate,
  ReceivablesError,
  roundHalfUp,
  toDayNumber,
} from '@receivables/core';
import type { LateInterestOptions } from '../lateCharges/lateInterest.ts';
import { ReferenceRateTableSchema } from '../lateCharges/ReferenceRateTableSchema.ts';
import { lateChargesCompileTable } from './lateChargesCompileTable.ts';
import type { LateChargesInput } from './lateChargesInput.ts';
import { lateChargesReadAmount } from './lateChargesReadAmount.ts';
import { lateChargesReadPayments } from './lateChargesReadPayments.ts';
import { lateChargesResolveRate } from './lateChargesResolveRate.ts';
import { lateChargesRethrow } from './lateChargesRethrow.ts';
import { lateChargesValidate } from './lateChargesValidate.ts';

/**
 * Checks every option of `lateInterest` and reads it into the form the computation uses.
 *
 * @internal
 */
export function lateChargesReadOptions(options: LateInterestOptions, api: string): LateChargesInput {
  if (typeof options !== 'object' || options === null) {
    throw invalidArgument(api, `options: ${describeValue(options)} is not an options object`, 'options');
  }
  const currency = lateChargesRethrow(api, () => parseCurrency(options.currency, { field: 'currency' }));
  const dueDate = readDate(options.dueDate, api, 'dueDate');
  const principal = lateChargesReadAmount(options.principal, currency, api, 'principal', 'nonNegative');
  const { actualLoss, lpr, rounding = roundHalfUp, smePayment = false } = options;
  if (typeof rounding !== 'function') {
    throw invalidArgument(api, `rounding: ${describeValue(rounding)} is not a rounding function`, 'rounding');
  }
  if (typeof smePayment !== 'boolean') {
    throw invalidArgument(api, `smePayment: ${describeValue(smePayment)} is not true or false`, 'smePayment');
  }
  if (smePayment && lpr === undefined) {
    throw invalidArgument(
      api,
      'smePayment: give the 1-year LPR table (lpr) to compare the agreed rate with',
      'lpr',
    );
  }
  return {
    currency,
    minorUnits: currencyMinorUnits(currency),
    dueDate,
    dueDay: toDayNumber(dueDate),
    asOfDay: toDayNumber(readDate(options.asOf, api, 'asOf')),
    graceDays: readGraceDays(options.graceDays, api),
    principal,
    payments: lateChargesReadPayments(options.payments, principal, currency, api),
    rate: lateChargesResolveRate(options.rate, api, ['rate']),
    rounding,
    lpr:
      lpr === undefined
        ? undefined
        : lateChargesCompileTable(lateChargesValidate(ReferenceRateTableSchema, lpr, api, ['lpr'])),
    smePayment,
    actualLoss:
      actualLoss === undefined
        ? undefined
        : lateChargesReadAmount(actualLoss, currency, api, 'actualLoss', 'nonNegative'),
  };
}

function readDate(value: unknown, api: string, field: string): string {
  return lateChargesRethrow(api, () => parseIsoDate(value, { field }));
}

function readGraceDays(value: unknown, api: string): number {
  if (value === undefined) return 0;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw invalidArgument(
    api,
    `graceDays: ${describeValue(value)} is not a whole number of days from 0`,
    'graceDays',
  );
}

function invalidArgument(api: string, message: string, field: string): ReceivablesError {
  return new ReceivablesError('INVALID_ARGUMENT', `${api}: ${message}`, { details: { field } });
}
