/**
 * What a review did to the grade: `initial` for the first review, `downgrade` (applied at once),
 * `upgrade` (applied after enough clean reviews in a row), `upgradePending` (a better grade proposed,
 * not yet applied), or `unchanged`.
 */
export type ReviewChange = 'initial' | 'upgrade' | 'upgradePending' | 'downgrade' | 'unchanged';
