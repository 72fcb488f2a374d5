/**
 * Which Altman Z-score (spec §7.2): `original` Z for listed manufacturers (market value of equity),
 * `private` Z′ for private firms (book equity), `nonManufacturing` Z″ for non-manufacturers (four
 * ratios, no sales), `emergingMarket` Z″ plus 3.25 for emerging-market companies.
 */
export type AltmanVariant = 'original' | 'private' | 'nonManufacturing' | 'emergingMarket';
