/**
 * How `creditLimit` combines the figures of the methods that apply: the `minimum` (spec §1.3, the
 * prudent default), the `average`, or the `median` (the average of the middle two for two figures).
 */
export type CreditLimitCombination = 'minimum' | 'average' | 'median';
