import type { Money } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { CreditLimitCombination } from './CreditLimitCombination.ts';
import type { CreditLimitMethod } from './CreditLimitMethod.ts';

/** A method whose inputs were all given, with its figure. */
export interface AppliedCreditLimitMethod {
  readonly method: CreditLimitMethod;
  readonly status: 'applied';
  /** The method's limit, exact and unrounded (zero or more). */
  readonly amount: Decimal;
  /** The method's name and formula, e.g. `L2 = net assets × r`. */
  readonly label: LocalizedLabel;
}

/** A method left out because inputs were missing. */
export interface SkippedCreditLimitMethod {
  readonly method: CreditLimitMethod;
  readonly status: 'skipped';
  /** The input fields it lacked, e.g. `['netAssets']`. */
  readonly missing: readonly string[];
  readonly label: LocalizedLabel;
}

/** What one method contributed to a credit limit. */
export type CreditLimitMethodFigure = AppliedCreditLimitMethod | SkippedCreditLimitMethod;

/** A credit limit and how it was reached, step by step. */
export interface CreditLimitResult {
  /** The final limit: a multiple of `step`, never negative. */
  readonly limit: Money;
  /** All three methods in the order sales forecast, net assets, paying capacity, applied or skipped. */
  readonly methods: readonly CreditLimitMethodFigure[];
  readonly combination: CreditLimitCombination;
  /** The combined figure of the applied methods, before the new-customer factor and rounding. */
  readonly combined: Decimal;
  /** Whether the customer traded with us for fewer months than the new-customer period. */
  readonly newCustomer: boolean;
  /** The factor applied to the combined figure: the new-customer factor, or 1. */
  readonly factor: Decimal;
  /** The rounding step the limit was rounded down to. */
  readonly step: Decimal;
}
