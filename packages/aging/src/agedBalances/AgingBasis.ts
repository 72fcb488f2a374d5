/**
 * What an item's age is measured from (spec §2.1):
 * - `dueDate`: days past due, `asOf − dueDate` (zero or less: not yet due);
 * - `documentDate`: age (账龄), `asOf − invoice date`.
 */
export type AgingBasis = 'dueDate' | 'documentDate';
