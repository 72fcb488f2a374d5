import type { IsoDate } from '@receivables/core';

/**
 * The facts that decide which tactics are allowed. The first three must always be stated; the others
 * are optional, and an unknown fact is never taken as permission where the spec asks for it (the formal
 * tactic needs `deliveryDocumented: true`).
 */
export interface SituationFlags {
  /** We have decided we can afford to lose this customer (needed for the formal tactic). */
  readonly readyToEndRelationship: boolean;
  /**
   * A real deadline exists for us (month, quarter or year end, a campaign): `true`, or its date, which
   * must then fall within the next 10 days of `asOf` (see `maxDeadlineDays`).
   */
  readonly realDeadline: boolean | IsoDate;
  /** The collector may grant a concession (extra service, a cash discount, instalments). */
  readonly authorityToConcede: boolean;
  /** Delivery and acceptance are documented; `false` when they are genuinely in dispute. */
  readonly deliveryDocumented?: boolean;
  /** The collector has a personal relationship with the contact. */
  readonly personalRelationship?: boolean;
  /** This is the first contact with this person. */
  readonly firstContact?: boolean;
  /** Management has approved formal wording; `false` forbids the formal tactic. */
  readonly managementApproval?: boolean;
  /** The SME payment regulation applies: we are an SME owed money by a public body or a large enterprise. */
  readonly smeProtection?: boolean;
  /** The limitation period is close to running out (spec 5.1): a written demand is needed. */
  readonly limitationAtRisk?: boolean;
}
