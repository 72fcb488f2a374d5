/** The points-to-odds scaling of a statistical scorecard (spec §7.3). */
export interface PointsToOddsScaling {
  /**
   * The score at the base odds.
   *
   * @defaultValue 600
   */
  readonly baseScore?: number;
  /**
   * Bad:good odds at the base score: 1/19 is one bad for nineteen good.
   *
   * @defaultValue 1/19
   */
  readonly baseOdds?: number;
  /**
   * The points that double the good:bad odds (halve the bad:good odds), PDO.
   *
   * @defaultValue 50
   */
  readonly pointsToDoubleOdds?: number;
}
