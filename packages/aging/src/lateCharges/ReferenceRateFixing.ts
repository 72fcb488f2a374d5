/**
 * Which day's reference rate sets the rate for a day of interest:
 * - `daily`: the rate in force on that day, so the rate follows every change of the table;
 * - `halfYear`: the rate in force on 1 January for January–June and on 1 July for July–December
 *   (EU Directive 2011/7/EU);
 * - `fixedAtDue`: one rate for the whole debt, the one in force on 31 December for debts whose interest
 *   starts to run in January–June, or on 30 June for July–December (UK Late Payment of Commercial Debts
 *   (Interest) Act 1998);
 * - `fixedAtBreach`: one rate for the whole debt, the one in force on the first day interest runs, the
 *   day the breach occurs (违约行为发生时, 买卖合同解释 art. 18).
 */
export type ReferenceRateFixing = 'daily' | 'halfYear' | 'fixedAtDue' | 'fixedAtBreach';
