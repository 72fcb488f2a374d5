import type { Application, Invoice } from '@receivables/core';
import { decimal, ReceivablesError, toDayNumber } from '@receivables/core';
import { currencyScale } from './currencyScale.ts';
import { formatMinorUnits } from './formatMinorUnits.ts';
import { minorUnitsOf } from './minorUnitsOf.ts';

/**
 * What is still open on one invoice, per instalment in minor units, while applications are drawn
 * against it. Mutable on purpose: it lives inside one `map` call and dies with it.
 * @internal
 */
export interface OpenInvoice {
  readonly invoice: Invoice;
  readonly issueDay: number;
  readonly scale: number;
  /** Minor units open on each instalment, by position. */
  readonly open: number[];
  /** The invoice amount in minor units. */
  readonly totalMinor: number;
}

/**
 * Starts tracking an invoice with nothing applied yet.
 *
 * @param api - The public function asking, named first in error messages.
 * @param invoice - A validated invoice.
 * @returns Its open amounts, all equal to the instalment amounts.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when an amount has more decimals than the currency.
 * @internal
 */
export function openInvoice(api: string, invoice: Invoice): OpenInvoice {
  const scale = currencyScale(api, invoice.currency);
  const open = invoice.instalments.map((instalment) => minorUnitsOf(instalment.amount, scale));
  const totalMinor = minorUnitsOf(invoice.amount, scale);
  if (![...open, totalMinor].every(Number.isSafeInteger)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: invoice ${invoice.id} has amounts finer than ${invoice.currency}'s minor unit`,
      { details: { invoiceId: invoice.id, currency: invoice.currency } },
    );
  }
  return { invoice, issueDay: toDayNumber(invoice.issueDate), scale, open, totalMinor };
}

/** How a drawn payment or credit note applies itself. @internal */
export interface ApplicationSeed {
  /** `none` leaves the money unapplied, `invoice` names only the invoice, `instalment` names one instalment. */
  readonly mode: 'none' | 'invoice' | 'instalment';
  /** Which instalment, modulo the plan's length. */
  readonly instalmentPick: number;
  /** Percent (1–100) of what could be applied that is applied. */
  readonly share: number;
}

/**
 * Draws an application against an open invoice, never more than `availableMinor` nor than what is
 * open on the target. An invoice-level application uses up instalments oldest-due first, as the
 * aging rules read it. Returns `undefined` when the seed applies nothing or nothing is open.
 *
 * @param target - The invoice being paid; its open amounts go down by what is applied.
 * @param seed - The drawn mode, instalment and share.
 * @param availableMinor - What the payment or credit note can still give, in minor units.
 * @returns The application and its size in minor units, or `undefined`.
 * @internal
 */
export function takeApplication(
  target: OpenInvoice,
  seed: ApplicationSeed,
  availableMinor: number,
): { readonly application: Application; readonly minor: number } | undefined {
  if (seed.mode === 'none') return undefined;
  const position = seed.instalmentPick % target.open.length;
  const openOnTarget = seed.mode === 'instalment' ? (target.open[position] ?? 0) : sum(target.open);
  const cap = Math.min(availableMinor, openOnTarget);
  if (cap <= 0) return undefined;
  const minor = Math.max(1, Math.floor((cap * seed.share) / 100));
  if (seed.mode === 'instalment') target.open[position] = openOnTarget - minor;
  else useOldestFirst(target.open, minor);
  const amount = decimal(formatMinorUnits(minor, target.scale));
  const application: Application =
    seed.mode === 'instalment'
      ? { invoiceId: target.invoice.id, instalment: position + 1, amount }
      : { invoiceId: target.invoice.id, amount };
  return { application, minor };
}

function useOldestFirst(open: number[], minor: number): void {
  let left = minor;
  for (let i = 0; i < open.length && left > 0; i++) {
    const taken = Math.min(open[i] ?? 0, left);
    open[i] = (open[i] ?? 0) - taken;
    left -= taken;
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
