import type { GradeDefinition, RiskTierAssessment } from '@receivables/credit-scoring';
import type { Decimal } from 'decimal.js';
import type { CustomerFactName, CustomerFacts } from './CustomerFacts.ts';
import type { CustomerLimit } from './CustomerLimit.ts';
import type { CustomerScore } from './CustomerScore.ts';
import type { FactSource } from './FactSource.ts';
import type { UnconvertedAmounts } from './UnconvertedAmounts.ts';

/** Everything `assessCustomers` finds about one customer as of a date: facts, score, grade, limit, tier. */
export interface CustomerAssessment {
  readonly customerId: string;
  readonly name: string;
  readonly group?: string;
  /** The currency of every amount here: the profile's, else the customer's invoicing currency. */
  readonly currency: string;
  /** Whether the customer has a credit profile. */
  readonly hasProfile: boolean;
  readonly facts: CustomerFacts;
  /** Where each fact came from. */
  readonly sources: Readonly<Record<CustomerFactName, FactSource>>;
  /** Amounts in other currencies that could not be converted (no rate): left out of the figures. */
  readonly unconverted: UnconvertedAmounts;
  /** The applicant record the scorecard read: the facts under the seven-item field names. */
  readonly applicant: Readonly<Record<string, unknown>>;
  readonly score: CustomerScore;
  /** The grade after the knock-out and cap rules; `null` when unscored. */
  readonly grade: GradeDefinition | null;
  readonly limit: CustomerLimit;
  /** Open receivables plus unshipped orders. */
  readonly exposure: Decimal;
  /** The limit minus the exposure (negative when over the limit); `null` without a limit. */
  readonly available: Decimal | null;
  readonly riskTier: RiskTierAssessment;
}
