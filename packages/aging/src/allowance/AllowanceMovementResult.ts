import type { Decimal } from 'decimal.js';

/**
 * The allowance account (坏账准备) over one period, as the movement table shows it. It reconciles
 * exactly: `opening − writeOffs + recoveries + charge − reversal = closing`, and `closing` is the
 * required allowance. At most one of `charge` and `reversal` is not zero.
 */
export interface AllowanceMovementResult {
  /** The ISO 4217 code of every amount. */
  readonly currency: string;
  /** The allowance at the start of the period. */
  readonly opening: Decimal;
  /** Receivables written off against the allowance in the period (Dr 坏账准备 / Cr 应收账款). */
  readonly writeOffs: Decimal;
  /** Amounts written off earlier and recovered in the period, reinstated in the allowance. */
  readonly recoveries: Decimal;
  /** `opening − writeOffs + recoveries`: the allowance before the period's charge; negative when write-offs exceeded it. */
  readonly beforeCharge: Decimal;
  /** The expense booked to raise the allowance to what is required (计提), zero or more. */
  readonly charge: Decimal;
  /** The allowance released because less is required (转回), zero or more. */
  readonly reversal: Decimal;
  /** The allowance at the end of the period: the required allowance. */
  readonly closing: Decimal;
}
