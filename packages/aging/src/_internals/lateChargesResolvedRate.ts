import type { Decimal } from 'decimal.js';
import type { InterestDayCount } from '../lateCharges/InterestDayCount.ts';
import type { ReferenceRateFixing } from '../lateCharges/ReferenceRateFixing.ts';
import type { LateChargesCompiledTable } from './lateChargesCompiledTable.ts';

/**
 * An {@link InterestRate} after validation, with its figures read into decimals and defaults applied.
 *
 * @internal
 */
export type LateChargesResolvedRate =
  | { readonly kind: 'daily'; readonly rate: Decimal }
  | { readonly kind: 'annual'; readonly rate: Decimal; readonly dayCount: InterestDayCount }
  | {
      readonly kind: 'reference';
      readonly table: LateChargesCompiledTable;
      readonly margin: Decimal;
      readonly multiplier: Decimal;
      readonly fixing: ReferenceRateFixing;
      readonly dayCount: InterestDayCount;
    };
