/**
 * A fact about a customer that risk-tier triggers test (spec §1.8):
 * - `daysPastDue`: the greatest days past due of an open item (0 or less when nothing is overdue);
 * - `utilisation`: exposure ÷ limit, a fraction (0.8 is 80%);
 * - `signalCount`: distinct danger signals in the window (`countDangerSignals`);
 * - `criticalSignalCount`: how many of them are critical (★);
 * - `brokenPromises`: broken payment promises in the period you review;
 * - `daysToLimitationExpiry`: days until the limitation period (诉讼时效) of the oldest debt ends.
 */
export type RiskTierFact =
  | 'daysPastDue'
  | 'utilisation'
  | 'signalCount'
  | 'criticalSignalCount'
  | 'brokenPromises'
  | 'daysToLimitationExpiry';
