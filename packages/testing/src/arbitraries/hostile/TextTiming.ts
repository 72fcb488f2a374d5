/** How long one call took on an adversarial text at two lengths (see `checkLinearTime`). */
export interface TextTiming {
  /** The text's name, e.g. `digits then "x"`. */
  readonly name: string;
  /** Milliseconds on the text of half the length. */
  readonly halfMs: number;
  /** Milliseconds on the text of the full length. */
  readonly fullMs: number;
}
