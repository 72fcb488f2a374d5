/**
 * Who holds the power in a collection (spec 4.3): `customerStronger` 客强我弱 (has money, will not pay
 * now), `evenlyMatched` 客强我强 (both test each other's bottom line), `willingButUnable` 有心无力 (no
 * money, cash cannot turn over).
 */
export type PowerSituation = 'customerStronger' | 'evenlyMatched' | 'willingButUnable';
