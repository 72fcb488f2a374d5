import type { Category } from './Category.ts';
import type { FactorBase } from './FactorBase.ts';

/** A factor scored by category (value → points), e.g. an industry outlook. */
export interface CategoriesFactor extends FactorBase {
  readonly kind: 'categories';
  /** The input field, a dotted path of own properties. */
  readonly field: string;
  readonly categories: readonly Category[];
  /** Points for a value not listed; without it such a value is refused with `INVALID_ARGUMENT`. */
  readonly otherwise?: number;
}
