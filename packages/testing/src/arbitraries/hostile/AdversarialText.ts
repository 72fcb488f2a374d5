/** A long input built to make a backtracking regular expression work hard. */
export interface AdversarialText {
  /** What it repeats and how it ends, e.g. `digits then "x"`. */
  readonly name: string;
  /** The text itself. */
  readonly text: string;
}
