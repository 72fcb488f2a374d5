/**
 * The subtype of an "XIN" cause (spec 4.5). For `newSituation`: `policy`, `economicPressure`,
 * `environment`, `industryHabit`; for `newChange`: `newLeader`, `systemChange`, `managementUpgrade`,
 * `competition`; for `personalMotive`: `showResults`, `showCompetence`, `showAuthority` and
 * `greyZoneBenefit` (灰度变现, a personal grey-zone benefit: escalate, never pay).
 */
export type CauseSubtype =
  | 'policy'
  | 'economicPressure'
  | 'environment'
  | 'industryHabit'
  | 'newLeader'
  | 'systemChange'
  | 'managementUpgrade'
  | 'competition'
  | 'showResults'
  | 'showCompetence'
  | 'showAuthority'
  | 'greyZoneBenefit';
