/**
 * The "XIN" cause behind a late payment (spec 4.5): `newSituation` 新形势 (policy, economy, environment,
 * industry habit), `newChange` 新变化 (new leader, new system, management change, competition),
 * `personalMotive` 心诉求 (the contact's own motive).
 */
export type CauseKind = 'newSituation' | 'newChange' | 'personalMotive';
