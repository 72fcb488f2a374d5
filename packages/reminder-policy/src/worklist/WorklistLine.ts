import type { PlannedAction } from '../planner/PlannedAction.ts';
import type { ChannelId } from '../policy/ChannelId.ts';
import type { ChannelKind } from '../policy/ChannelKind.ts';
import type { RoleId } from '../policy/RoleId.ts';

/** One line of today's worklist: everything to do with one customer through one channel. */
export interface WorklistLine {
  /** 1-based position in the worklist. */
  readonly rank: number;
  /**
   * A summary of the ordering, larger first: 100 000 when the limitation period is at risk, plus
   * 10 000 × tier, plus the days past due (0 to 9 999). Ties are broken by amount, then customer id.
   */
  readonly score: number;
  readonly customerId: string;
  readonly channel: ChannelId;
  readonly channelKind: ChannelKind;
  /** The highest role on the ladder among the line's actions. */
  readonly role: RoleId;
  readonly level: number;
  readonly daysPastDue: number;
  readonly tier?: number;
  /** `true` when a limitation action is among the line's actions. */
  readonly limitationRisk: boolean;
  /** Undisputed open amounts by currency, in minor units, sorted by currency. */
  readonly amounts: readonly { readonly currency: string; readonly amountMinor: number }[];
  readonly invoiceIds: readonly string[];
  /** Why: the reason of each action, as `rule: detail`. */
  readonly reasons: readonly string[];
  readonly actions: readonly PlannedAction[];
}
