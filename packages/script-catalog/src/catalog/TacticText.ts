/** A tactic in one language: its name, what it aims at, when it may be used and what can go wrong. */
export interface TacticText {
  readonly name: string;
  readonly intent: string;
  readonly preconditions: string;
  readonly risks: string;
}
