import type { ReferenceInterestRate } from '../lateCharges/InterestRate.ts';
import { InterestRateSchema } from '../lateCharges/InterestRateSchema.ts';
import { ReferenceRateTableSchema } from '../lateCharges/ReferenceRateTableSchema.ts';
import { lateChargesValidate } from './lateChargesValidate.ts';

/**
 * Checks a preset's reference rate with the preset's name in the error (`INVALID_RATE`, every issue
 * listed): first the table, at the path of the preset's own option (`lpr`, `reference`), then the rest.
 *
 * @internal
 */
export function lateChargesPresetRate(
  draft: Readonly<Record<string, unknown>> & { readonly kind: 'reference'; readonly reference: unknown },
  api: string,
  tableOption: string,
): ReferenceInterestRate {
  lateChargesValidate(ReferenceRateTableSchema, draft.reference, api, [tableOption]);
  // The draft's kind is 'reference', so the validated rate is one too.
  return lateChargesValidate(InterestRateSchema, draft, api) as ReferenceInterestRate;
}
