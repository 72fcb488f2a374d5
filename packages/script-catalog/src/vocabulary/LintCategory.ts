/**
 * What kind of risky wording a lint rule looks for: `criminalThreat`, `intimidation`, `publicShaming`,
 * `personalBenefit` (gifts or kickbacks to the debtor's staff), `nightContact`, `insult`, `harassment`,
 * `legalAction` (wording that belongs to the formal tactic only) or `other`.
 */
export type LintCategory =
  | 'criminalThreat'
  | 'intimidation'
  | 'publicShaming'
  | 'personalBenefit'
  | 'nightContact'
  | 'insult'
  | 'harassment'
  | 'legalAction'
  | 'other';
