import type { Decimal } from 'decimal.js';

/**
 * What the suite accepts as an amount: a decimal string (`"1234.50"`), a JavaScript number that is an
 * exact decimal as written (`1234.5`), or a `Decimal` from any copy of decimal.js.
 */
export type AmountInput = string | number | Decimal;
