import type { IsoDate } from '@receivables/core';
import type { CliLocale } from '../../program/CliOptions.ts';
import { formatAmount } from './formatAmount.ts';
import type { KpiFigure } from './KpiValue.ts';
import { kpiFigureLabel } from './kpiFigureLabel.ts';

/** What a figure's label depends on besides its id. @internal */
export interface KpiFigureContext {
  readonly currency: string;
  readonly openingDate: IsoDate;
  readonly longOverdueDays: number;
}

/**
 * A figure's label in the run's locale and its value as printed: amounts with every minor-unit digit
 * (and more when a conversion produced more, never rounded away), days and counts as they are, DSO
 * figures to 2 decimals like the KPIs they come from.
 *
 * @internal
 */
export function kpiFigureText(
  figure: KpiFigure,
  locale: CliLocale,
  context: KpiFigureContext,
): { readonly label: string; readonly value: string } {
  const label = kpiFigureLabel(figure, locale, context);
  switch (figure.id) {
    case 'days':
    case 'months':
      return { label, value: figure.value.toFixed() };
    case 'standardDso':
    case 'bestPossibleDso':
      return { label, value: figure.value.toFixed(2, 4) };
    default:
      return { label, value: formatAmount(figure.value, context.currency) };
  }
}
