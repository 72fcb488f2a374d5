/** The constants of a points-to-odds scale: `score = offset − factor × ln(bad:good odds)`. */
export interface PointsToOddsConstants {
  /** `PDO / ln 2`: points per unit of log-odds. */
  readonly factor: number;
  /** The score at even odds (1:1): `baseScore + factor × ln(baseOdds)`. */
  readonly offset: number;
}
