/** The id of one of the fifteen built-in danger signals of {@link dangerSignals} (spec §1.7). */
export type DangerSignalId =
  | 'hugeOrderFromNewCompany'
  | 'newOwnerAsksExtraCredit'
  | 'payingSlowerThanBefore'
  | 'brokenPromisesTwiceInARow'
  | 'contactUnreachable'
  | 'demandLettersUnanswered'
  | 'suddenLeadershipChange'
  | 'movedWithoutNotice'
  | 'sellingPricesSlashed'
  | 'abnormallyLargeOrder'
  | 'chequeBounced'
  | 'frequentBankAccountChanges'
  | 'suedBySuppliers'
  | 'keyCustomerBankrupt'
  | 'overExpansion';
