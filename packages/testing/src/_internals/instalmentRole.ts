import type { InstalmentRole } from '@receivables/core';

/**
 * The role an instalment takes from its position: first 首款, last 尾款, the rest 中款; a lone
 * instalment is `final`.
 *
 * @param index - 0-based position.
 * @param count - Number of instalments in the plan.
 * @returns The instalment's role.
 * @internal
 */
export function instalmentRole(index: number, count: number): InstalmentRole {
  if (index === count - 1) return 'final';
  return index === 0 ? 'first' : 'middle';
}
