import type { LocalizedLabel } from './LocalizedLabel.ts';
import type { PaymentMode } from './PaymentMode.ts';

/** One credit grade (信用等级) of a {@link GradeScale} and the terms that go with it (spec §1.2, §1.5). */
export interface GradeDefinition {
  /** Stable id, e.g. `AAA`, `B`. */
  readonly id: string;
  /** The lowest score, inclusive, that earns this grade. */
  readonly minScore: number;
  /** How goods and payment are sequenced for customers of this grade. */
  readonly paymentMode: PaymentMode;
  /** The share of the customer's net assets usable as a credit limit (净资产法 r), as a decimal string, e.g. `'0.20'`. */
  readonly netAssetRatio: string;
  /** The longest credit term granted, in days; 0 when no credit is given. */
  readonly maxCreditDays: number;
  /** Months until the next regular credit review. */
  readonly reviewMonths: number;
  readonly label: LocalizedLabel;
}
