import type { AmountInput } from '@receivables/core';

/**
 * How historical loss rates are adjusted for forward-looking information (IFRS 9 5.5.17, B5.5.52;
 * spec §7.5): one factor for every bucket (`{ factor: '1.1' }` for a 10 % worse outlook), or a factor per
 * bucket id (`{ perBucket: { over120: '1.2' } }`, other buckets 1). Factors are decimals from 0 up; an
 * adjusted rate above 100 % is capped at 100 %.
 */
export type ForwardLookingAdjustment =
  | { readonly factor: AmountInput }
  | { readonly perBucket: Readonly<Record<string, AmountInput>> };
