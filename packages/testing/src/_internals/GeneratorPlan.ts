/** One currency the generator writes in. @internal */
export interface GeneratorCurrency {
  readonly code: string;
  /** Minor-unit digits. */
  readonly scale: number;
  /** 10 to the power of `scale`: minor units per major unit. */
  readonly minorPerMajor: number;
  /** Roughly how many major units buy 100 yuan, so a USD invoice is about a seventh of a CNY one. */
  readonly perHundredYuan: number;
}

/** The generator's options, checked and with defaults filled in. @internal */
export interface GeneratorPlan {
  readonly api: string;
  readonly seed: number;
  readonly customerCount: number;
  readonly invoiceCount: number;
  /** Day number of `asOf`: nothing happens after it. */
  readonly asOfDay: number;
  /** Day number of the first possible issue date, `asOf - spanDays`. */
  readonly firstIssueDay: number;
  /** The home currency first. */
  readonly currencies: readonly GeneratorCurrency[];
}

/** Onboarding dates reach this many days before the first issue date (five years and a little). @internal */
export const DAYS_BEFORE_SPAN = 1830;
/** Instalment due dates reach this many days after `asOf` (a plan's warranty runs about 15 months). @internal */
export const DAYS_AFTER_AS_OF = 600;
