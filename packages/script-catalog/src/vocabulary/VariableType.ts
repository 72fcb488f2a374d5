/**
 * The type of a template variable: `text` (a non-blank string), `amount` (money, formatted for the
 * locale), `date` (an ISO calendar date, formatted for the locale without any time-zone shift),
 * `number` (a finite number, usable in ICU plural rules) or `list` (non-blank strings joined the
 * locale's way).
 */
export type VariableType = 'text' | 'amount' | 'date' | 'number' | 'list';
