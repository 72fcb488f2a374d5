/**
 * The facts the seven-item evaluation reads (spec §1.1), with the fields of the default grade rules.
 * Ratios are plain numbers (0.55 for 55%). Leave out, or set to `null`, what is unknown.
 */
export interface SevenItemInput {
  /** Character: share of the amount due in the last 12 months that was paid on time, 0–1; absent for a new customer. */
  readonly onTimeRatio?: number | null;
  /** Character: payment promises broken in the last 12 months; absent counts as 0. */
  readonly brokenPromises?: number | null;
  /** Capacity: current assets ÷ current liabilities. */
  readonly currentRatio?: number | null;
  /** Capital: total liabilities ÷ total assets (资产负债率). */
  readonly debtToAssets?: number | null;
  /** Collateral: value of the security ÷ the requested limit; 0 or absent when there is none. */
  readonly collateralCoverage?: number | null;
  /** Conditions: the industry and policy outlook. */
  readonly outlook?: 'favourable' | 'neutral' | 'adverse' | null;
  /** Cash flow: operating cash flow ÷ current liabilities. */
  readonly operatingCashFlowToCurrentLiabilities?: number | null;
  /** Continuity: years trading with us. */
  readonly yearsTrading?: number | null;
  /** Continuity: the company's age in years; under 2 caps Continuity at 40. */
  readonly companyAgeYears?: number | null;
  /** Registry facts for the knock-out rules; a flag counts only when `true`. */
  readonly flags?: {
    /** 失信被执行人 */
    readonly courtDefaulter?: boolean;
    /** 经营异常 */
    readonly abnormalOperation?: boolean;
    /** 吊销 */
    readonly licenceRevoked?: boolean;
    /** 注销 */
    readonly deregistered?: boolean;
  };
  /** Critical danger signals (spec §1.7) in the window; above 0 caps the grade at C. */
  readonly criticalSignals?: number | null;
  /** The most days past due of any open invoice of the customer; above 90 caps the grade at C. */
  readonly maxDaysPastDue?: number | null;
}
