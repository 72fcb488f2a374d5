/**
 * One of the nine things debtors fear (spec 4.6): `F1` suit or arbitration, `F2` asset preservation
 * (财产保全), `F3` the defaulter list and spending restrictions, `F4` public credit records, `F5`
 * reputation, `F6` loss of supply or service, `F7` interest, liquidated damages and costs, `F8` superiors
 * finding out, `F9` loss of financing or tender eligibility. `F1`–`F4` and `F9` may only be raised by
 * the formal tactic (`T10`) at tier 3 or above.
 */
export type DebtorFear = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8' | 'F9';
