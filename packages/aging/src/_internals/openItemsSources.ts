import {
  type Application,
  type CreditNote,
  type IsoDate,
  type Payment,
  type Portfolio,
  toDayNumber,
} from '@receivables/core';
import { compareText } from './openItemsCompareText.ts';
import { openItemsMinor } from './openItemsMinor.ts';

/** An explicit application, capped at what its payment or credit note has left. @internal */
export interface OpenItemsNamed {
  readonly application: Application;
  readonly minor: number;
}

/** A payment or credit note dated by `asOf`, and how its amount is used. @internal */
export interface OpenItemsSource {
  readonly kind: 'payment' | 'creditNote';
  readonly record: Payment | CreditNote;
  /** The record's date as a day number: sorting a million records compares numbers, not text. */
  readonly day: number;
  readonly amountMinor: number;
  readonly named: readonly OpenItemsNamed[];
  /** What no application names, left for the allocation strategy. */
  free: number;
  /** What was applied to instalments. */
  applied: number;
  /** Named amounts that found nothing to settle, e.g. prepayments for invoices not yet issued. */
  reserved: number;
}

/**
 * The payments and credit notes dated on or before `asOf`, in (date, id) order, payments before credit
 * notes on a tie. Each application takes at most what its record has left, in the record's order, so
 * an over-applied record cannot create money.
 *
 * @internal
 */
export function openItemsSources(portfolio: Portfolio, asOf: IsoDate): OpenItemsSource[] {
  const sources: OpenItemsSource[] = [];
  portfolio.payments.forEach((record, index) => {
    if (record.date <= asOf) sources.push(sourceOf('payment', record, `payments[${index}]`));
  });
  portfolio.creditNotes.forEach((record, index) => {
    if (record.date <= asOf) sources.push(sourceOf('creditNote', record, `creditNotes[${index}]`));
  });
  return sources.sort(
    (a, b) =>
      a.day - b.day ||
      compareText(a.record.id, b.record.id) ||
      (a.kind === b.kind ? 0 : a.kind === 'payment' ? -1 : 1),
  );
}

function sourceOf(
  kind: OpenItemsSource['kind'],
  record: Payment | CreditNote,
  path: string,
): OpenItemsSource {
  const amountMinor = openItemsMinor(record.amount, record.currency, `${path}.amount`);
  let left = amountMinor;
  const named = record.applications.map((application, index): OpenItemsNamed => {
    const wanted = openItemsMinor(
      application.amount,
      record.currency,
      `${path}.applications[${index}].amount`,
    );
    const minor = Math.min(wanted, left);
    left -= minor;
    return { application, minor };
  });
  return {
    kind,
    record,
    day: toDayNumber(record.date),
    amountMinor,
    named,
    free: left,
    applied: 0,
    reserved: 0,
  };
}
