/**
 * How factor points become the score:
 * - `percent`: every factor scores 0–100 points and the score is their weighted mean, 0–100;
 * - `points`: a statistical scorecard's points-to-odds scale (spec §7.3): the score is `basePoints` plus
 *   each factor's weight × points, as exported attribute points already carry the scaling. The base
 *   score, base odds and points to double the odds turn the score into odds in the result.
 */
export type ScoreScale =
  | { readonly kind: 'percent' }
  | {
      readonly kind: 'points';
      /**
       * Points every applicant starts with (the intercept's share of the offset).
       *
       * @defaultValue 0
       */
      readonly basePoints?: number;
      /**
       * The score at the base odds.
       *
       * @defaultValue 600
       */
      readonly baseScore?: number;
      /**
       * Bad:good odds at the base score, e.g. 1/19 (one bad for nineteen good).
       *
       * @defaultValue 1/19
       */
      readonly baseOdds?: number;
      /**
       * Points that double the good:bad odds (PDO).
       *
       * @defaultValue 50
       */
      readonly pointsToDoubleOdds?: number;
    };
