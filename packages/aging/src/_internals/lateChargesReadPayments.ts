import {
  currencyMinorUnits,
  decimal,
  describeValue,
  parseIsoDate,
  ReceivablesError,
  toDayNumber,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { lateChargesAmountText } from './lateChargesAmountText.ts';
import { lateChargesReadAmount } from './lateChargesReadAmount.ts';
import { lateChargesRethrow } from './lateChargesRethrow.ts';

/** A payment read and checked: the day it arrived as a day number, and its amount. @internal */
export interface LateChargesPayment {
  readonly day: number;
  readonly amount: Decimal;
}

/**
 * Reads the payments, each dated and positive, sorted by day (stable), and refuses them with
 * `INVALID_AMOUNT` when together they exceed the principal: interest would then run on a negative debt.
 *
 * @internal
 */
export function lateChargesReadPayments(
  value: unknown,
  principal: Decimal,
  currency: string,
  api: string,
): LateChargesPayment[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: payments: ${describeValue(value)} is not an array`,
      {
        details: { field: 'payments' },
      },
    );
  }
  const payments = value.map((payment: unknown, index) => readPayment(payment, index, currency, api));
  const paid = payments.reduce((sum, payment) => sum.plus(payment.amount), decimal(0));
  if (paid.greaterThan(principal)) {
    const minorUnits = currencyMinorUnits(currency);
    const message = `${api}: payments total ${lateChargesAmountText(currency, paid, minorUnits)}, more than the principal ${lateChargesAmountText(currency, principal, minorUnits)}: pass only the part of each payment applied to principal`;
    throw new ReceivablesError('INVALID_AMOUNT', message, {
      details: { field: 'payments', paid: paid.toString(), principal: principal.toString(), currency },
    });
  }
  return payments.sort((a, b) => a.day - b.day);
}

function readPayment(payment: unknown, index: number, currency: string, api: string): LateChargesPayment {
  const field = `payments[${index}]`;
  if (typeof payment !== 'object' || payment === null) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${field}: ${describeValue(payment)} is not a payment`,
      {
        details: { field },
      },
    );
  }
  const { date, amount } = payment as { date?: unknown; amount?: unknown };
  const day = toDayNumber(lateChargesRethrow(api, () => parseIsoDate(date, { field: `${field}.date` })));
  return { day, amount: lateChargesReadAmount(amount, currency, api, `${field}.amount`, 'positive') };
}
