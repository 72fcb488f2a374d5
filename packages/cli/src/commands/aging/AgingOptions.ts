import type { AllocationStrategy, BucketScheme } from '@receivables/aging';

/** What the aging report is totalled by: currency, customer, customer group, or one customer tag. @internal */
export type AgingDimension =
  | { readonly kind: 'currency' }
  | { readonly kind: 'customer' }
  | { readonly kind: 'group' }
  | { readonly kind: 'tag'; readonly key: string };

/** The `aging` command's own options, checked. @internal */
export interface AgingOptions {
  readonly schemeName: 'thirtyDay' | 'management' | 'chineseAnnual';
  readonly scheme: BucketScheme;
  readonly by: AgingDimension;
  /** `--stream` (`always`), `--no-stream` (`never`), or neither (`auto`: by the invoices file's size). */
  readonly stream: 'always' | 'never' | 'auto';
  /** `--workers`, when given. */
  readonly workers: number | undefined;
  /** `--allocation`, when given. */
  readonly allocation: AllocationStrategy | undefined;
}
