import { decimal, describeValue, ReceivablesError, relabelError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { AllowanceCurrency } from './allowanceCurrency.ts';

/**
 * Integer digits an amount may have: with the suite's 60 significant digits, sums of such amounts and
 * their products with rates stay exact.
 */
const MAX_INTEGER_DIGITS = 30;

/**
 * Reads an amount of an allowance computation: a balance, a write-off, an allowance. It must be a
 * decimal, zero or more (or more than zero when `positive`), fit the currency's minor unit, and have at
 * most 30 digits before the point, so that every sum and product of the call stays exact.
 *
 * @internal
 */
export function allowanceReadAmount(
  value: unknown,
  currency: AllowanceCurrency,
  api: string,
  field: string,
  positive = false,
): Decimal {
  let amount: Decimal;
  try {
    amount = decimal(value as string, { field });
  } catch (error) {
    throw relabelError(error, 'decimal', api);
  }
  const shown = describeValue(value);
  const details = { field, value: amount.toString(), currency: currency.code };
  if (amount.isNegative() || (positive && amount.isZero())) {
    const rule = positive ? 'more than zero' : 'zero or more';
    throw new ReceivablesError('INVALID_AMOUNT', `${api}: ${field}: ${shown} must be ${rule}`, { details });
  }
  const places = amount.decimalPlaces();
  if (places > currency.minorUnits) {
    throw new ReceivablesError(
      'AMOUNT_TOO_PRECISE',
      `${api}: ${field}: ${shown} has ${places} decimal places but ${currency.code} allows ${currency.minorUnits}`,
      { details: { ...details, decimalPlaces: places, allowed: currency.minorUnits } },
    );
  }
  if (amount.e >= MAX_INTEGER_DIGITS) {
    throw new ReceivablesError(
      'AMOUNT_OUT_OF_RANGE',
      `${api}: ${field}: ${shown} has more than ${MAX_INTEGER_DIGITS} digits before the decimal point`,
      { details },
    );
  }
  return amount;
}
