import type { IsoDate, RoundingMode } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { LateChargesCompiledTable } from './lateChargesCompiledTable.ts';
import type { LateChargesPayment } from './lateChargesReadPayments.ts';
import type { LateChargesResolvedRate } from './lateChargesResolvedRate.ts';

/**
 * The options of `lateInterest` after validation: days as day numbers, amounts and rates as decimals.
 *
 * @internal
 */
export interface LateChargesInput {
  readonly currency: string;
  readonly minorUnits: number;
  readonly dueDate: IsoDate;
  readonly dueDay: number;
  readonly asOfDay: number;
  readonly graceDays: number;
  readonly principal: Decimal;
  /** Sorted by day. */
  readonly payments: readonly LateChargesPayment[];
  readonly rate: LateChargesResolvedRate;
  readonly rounding: RoundingMode;
  readonly lpr: LateChargesCompiledTable | undefined;
  readonly smePayment: boolean;
  readonly actualLoss: Decimal | undefined;
}
