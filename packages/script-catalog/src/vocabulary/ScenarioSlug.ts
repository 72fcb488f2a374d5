/** The readable slug of an excuse scenario, used in template ids: `financeAway` is `E5`. */
export type ScenarioSlug =
  | 'poorQuality'
  | 'poorService'
  | 'priceNotGood'
  | 'bossUnhappy'
  | 'financeAway'
  | 'processBlocked'
  | 'dontRush'
  | 'doNotTrustUs'
  | 'threatToLeave'
  | 'blamesOurMistakes';
