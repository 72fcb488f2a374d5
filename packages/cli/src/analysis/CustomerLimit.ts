import type { CreditLimitResult } from '@receivables/credit-scoring';

/**
 * The credit limit of one customer, or why there is none:
 * - `computed`: the three methods of spec §1.3 ran; `result` holds every figure;
 * - `noProfile`: the customer has no credit profile, so no figure is invented;
 * - `noInputs`: the profile gives none of the methods' inputs (annual credit sales, net assets, working capital);
 * - `ungraded`: the customer could not be scored, so no grade gives r and the credit days.
 */
export type CustomerLimit =
  | {
      readonly status: 'computed';
      /** The credit days used: the grade's maximum. */
      readonly creditDays: number;
      readonly result: CreditLimitResult;
    }
  | { readonly status: 'noProfile' }
  | { readonly status: 'noInputs' }
  | { readonly status: 'ungraded' };
