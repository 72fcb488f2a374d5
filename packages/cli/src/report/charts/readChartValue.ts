import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * Reads a chart figure: an exact decimal, zero or more (a bar cannot be drawn below its baseline).
 *
 * @param value - The figure as text.
 * @param field - Where it sits in the chart, for the error message.
 * @returns The figure.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when the text is not a decimal or is negative.
 * @internal
 */
export function readChartValue(value: string, field: string): Decimal {
  return decimal(value, { api: 'renderReport', field, sign: 'nonNegative' });
}
