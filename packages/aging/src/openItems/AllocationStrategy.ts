/**
 * How the cash and credit that no explicit application names is applied to open instalments, per
 * customer and currency (spec §2.1, "otherwise oldest first (FIFO)"):
 * - `oldestDue`: earliest due date first, then earliest issue date, invoice id, instalment number;
 * - `oldestIssued`: earliest issue date first, then earliest due date, invoice id, instalment number;
 * - `none`: nothing is applied; the remainder stays on account as unapplied cash or credit.
 */
export type AllocationStrategy = 'oldestDue' | 'oldestIssued' | 'none';
