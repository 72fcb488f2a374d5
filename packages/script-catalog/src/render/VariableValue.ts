import type { AmountValue } from './AmountValue.ts';

/**
 * A value for a template variable: a string for `text` and `date` (`YYYY-MM-DD`), a finite number for
 * `number`, an array of strings for `list`, an {@link AmountValue} for `amount`.
 */
export type VariableValue = string | number | readonly string[] | AmountValue;
