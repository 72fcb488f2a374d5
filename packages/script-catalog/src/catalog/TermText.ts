/** A term in one language: its name and a one-sentence description. */
export interface TermText {
  readonly name: string;
  readonly description: string;
}
