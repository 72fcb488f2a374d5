/** An excuse scenario in one language: its name, what the customer means, and how to answer. */
export interface ScenarioText {
  readonly name: string;
  readonly meaning: string;
  readonly advice: string;
}
