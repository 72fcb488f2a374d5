import { decimal } from '@receivables/core';
import type { InterestRate } from '../lateCharges/InterestRate.ts';
import { InterestRateSchema } from '../lateCharges/InterestRateSchema.ts';
import { lateChargesCompileTable } from './lateChargesCompileTable.ts';
import type { LateChargesResolvedRate } from './lateChargesResolvedRate.ts';
import { lateChargesValidate } from './lateChargesValidate.ts';

/**
 * Validates a rate (throwing `INVALID_RATE` with every issue under `path`) and reads it into decimals.
 *
 * @internal
 */
export function lateChargesResolveRate(
  value: unknown,
  api: string,
  path: readonly (string | number)[],
): LateChargesResolvedRate {
  const rate: InterestRate = lateChargesValidate(InterestRateSchema, value, api, path);
  switch (rate.kind) {
    case 'daily':
      return { kind: 'daily', rate: decimal(rate.rate) };
    case 'annual':
      return { kind: 'annual', rate: decimal(rate.rate), dayCount: rate.dayCount };
    case 'reference':
      return {
        kind: 'reference',
        table: lateChargesCompileTable(rate.reference),
        margin: decimal(rate.margin ?? '0'),
        multiplier: decimal(rate.multiplier ?? '1'),
        fixing: rate.fixing,
        dayCount: rate.dayCount,
      };
  }
}
