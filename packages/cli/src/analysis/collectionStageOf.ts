import type { CollectionStage } from '@receivables/script-catalog';

/**
 * The collection stage of a debt by its days past due, as the reminder planner counts it: before due
 * (0 or less), early (1–30), middle (31–60), late (61–90), pre-legal (over 90).
 *
 * @internal
 */
export function collectionStageOf(daysPastDue: number): CollectionStage {
  if (daysPastDue <= 0) return 'beforeDue';
  if (daysPastDue <= 30) return 'earlyOverdue';
  if (daysPastDue <= 60) return 'middleOverdue';
  if (daysPastDue <= 90) return 'lateOverdue';
  return 'preLegal';
}
