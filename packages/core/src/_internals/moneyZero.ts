import type { Decimal } from 'decimal.js';
import { SuiteDecimal } from './SuiteDecimal.ts';

/** One shared zero: decimals are immutable, so every zero amount can be this one. @internal */
export const ZERO_DECIMAL: Decimal = new SuiteDecimal(0);
