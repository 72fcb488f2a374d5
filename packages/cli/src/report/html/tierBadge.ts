import { escapeHtml } from './escapeHtml.ts';

/**
 * A risk tier as a coloured badge: `tier-0` (normal) to `tier-4` (legal); any other level gets the
 * neutral badge, so the class never comes from outside data.
 *
 * @param tier - The level and its label, or `null` when the customer was not assessed.
 * @returns The badge HTML, or an en dash when there is no tier.
 * @internal
 */
export function tierBadge(tier: { readonly level: number; readonly label: string } | null): string {
  if (tier === null) return '<span class="muted">–</span>';
  const known = Number.isInteger(tier.level) && tier.level >= 0 && tier.level <= 4;
  return `<span class="tier${known ? ` tier-${tier.level}` : ''}">${escapeHtml(tier.label)}</span>`;
}
