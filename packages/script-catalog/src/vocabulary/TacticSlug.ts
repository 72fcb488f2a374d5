/** The readable slug of a tactic, used in template ids: `principle` is `T1`, `formal` is `T10`. */
export type TacticSlug =
  | 'principle'
  | 'empathy'
  | 'winWin'
  | 'plea'
  | 'deadline'
  | 'seekAdvice'
  | 'concession'
  | 'precedent'
  | 'vision'
  | 'formal';
