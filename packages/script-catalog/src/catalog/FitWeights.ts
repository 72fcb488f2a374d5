/**
 * The points the recommender gives for each soft preference. A scenario's first tactic gets
 * `scenarioFirst`, each later one `scenarioStep` less (never below 1).
 */
export interface FitWeights {
  /** @defaultValue 6 */
  readonly scenarioFirst: number;
  /** @defaultValue 1 */
  readonly scenarioStep: number;
  /** @defaultValue 3 */
  readonly powerPreferred: number;
  /** Subtracted for a tactic the power situation avoids. @defaultValue 3 */
  readonly powerAvoided: number;
  /** @defaultValue 2 */
  readonly style: number;
  /** @defaultValue 2 */
  readonly cause: number;
  /** @defaultValue 1 */
  readonly stage: number;
  /** Added to a script that answers the situation's own excuse. @defaultValue 10 */
  readonly excuseAnswer: number;
}
