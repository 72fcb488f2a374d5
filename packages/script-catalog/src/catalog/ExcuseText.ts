/** A common excuse in one language: how customers say it, and what to do about it. */
export interface ExcuseText {
  readonly example: string;
  readonly advice: string;
}
