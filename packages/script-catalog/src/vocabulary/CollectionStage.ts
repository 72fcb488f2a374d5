/**
 * Where a receivable stands: `beforeDue`, `earlyOverdue` (1–30 days past due), `middleOverdue` (31–60),
 * `lateOverdue` (61–90), `preLegal` (over 90, before legal action) and `legal` (legal action started).
 */
export type CollectionStage =
  | 'beforeDue'
  | 'earlyOverdue'
  | 'middleOverdue'
  | 'lateOverdue'
  | 'preLegal'
  | 'legal';
