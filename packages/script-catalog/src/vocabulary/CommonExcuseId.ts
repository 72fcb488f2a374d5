/**
 * A common excuse that maps onto a scenario, a power situation or a cause (spec 4.2): `noMoney`,
 * `invoiceProblem`, `statementMismatch`, `waitingOnTheirCustomer` (背靠背), `approvalPending`,
 * `alreadyPaid`, `newBoss`, `monthEndPaymentRun`.
 */
export type CommonExcuseId =
  | 'noMoney'
  | 'invoiceProblem'
  | 'statementMismatch'
  | 'waitingOnTheirCustomer'
  | 'approvalPending'
  | 'alreadyPaid'
  | 'newBoss'
  | 'monthEndPaymentRun';
