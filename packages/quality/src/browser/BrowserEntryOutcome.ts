/** How one program of a browser page went. */
export interface BrowserEntryOutcome {
  /** The smoke's specifier or the example's `file:line`. */
  readonly id: string;
  /** `smoke` or `example`. */
  readonly kind: 'smoke' | 'example';
  /** Every problem: a throw, a wrong line, a documented output that did not run. Empty when it passed. */
  readonly problems: readonly string[];
}

/** How a browser page went as a whole. */
export interface BrowserPageOutcome {
  /** Each program's outcome, in the order they ran (empty when the page never finished). */
  readonly entries: readonly BrowserEntryOutcome[];
  /** Problems of the page itself: console errors, uncaught errors, requests outside the page, a time-out. */
  readonly pageProblems: readonly string[];
  /** The seconds from opening the page to its last program. */
  readonly seconds: number;
}
