import type { Decimal } from 'decimal.js';
import { ReceivablesError } from '../errors/ReceivablesError.ts';

/** What {@link amountTooPrecise} says. @internal */
export interface TooPreciseContext {
  /** The public function, named first. */
  readonly api: string;
  /** The value as the reader should see it, e.g. `"1.005"` or `CNY 0.005`. */
  readonly shown: string;
  /** The amount read from it. */
  readonly amount: Decimal;
  /** The currency whose scale was exceeded. */
  readonly currency: string;
  /** The decimal places allowed. */
  readonly allowed: number;
  /** Names the value, e.g. `invoices[3].amount`. */
  readonly field?: string | undefined;
  /** Appended advice, e.g. `; round it first with roundMoney`. */
  readonly advice?: string;
}

/**
 * The `AMOUNT_TOO_PRECISE` error for an amount with more decimal places than allowed; callers check
 * `amount.decimalPlaces()` first so that the happy path builds no message.
 *
 * @internal
 */
export function amountTooPrecise(context: TooPreciseContext): ReceivablesError {
  const { api, shown, amount, currency, allowed, field } = context;
  const places = amount.decimalPlaces();
  const where = field === undefined ? '' : `${field}: `;
  return new ReceivablesError(
    'AMOUNT_TOO_PRECISE',
    `${api}: ${where}${shown} has ${places} decimal ${places === 1 ? 'place' : 'places'} but ${currency} allows ${allowed}${context.advice ?? ''}`,
    {
      details: {
        value: amount.toString(),
        currency,
        decimalPlaces: places,
        allowed,
        ...(field === undefined ? {} : { field }),
      },
    },
  );
}
