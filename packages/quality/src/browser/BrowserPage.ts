import type { ForbiddenGlobalUse } from './ForbiddenGlobalUse.ts';

/** One program a browser page runs: a smoke check or a documentation example. */
export interface BrowserPageEntry {
  /** `smoke` or `example`. */
  readonly kind: 'smoke' | 'example';
  /** The smoke's specifier, or the example's `file:line`. */
  readonly id: string;
  /** For a smoke, the lines it must print. */
  readonly expected?: readonly string[];
  /** For an example, the lines that carry an expected output and must run. */
  readonly checkedLines?: readonly number[];
}

/** A bundled browser page, ready to be served from memory. */
export interface BrowserPage {
  /** The files of the page by path (`index.html`, `harness.js`, chunks), as text. */
  readonly files: ReadonlyMap<string, string>;
  /** The programs, in the order the harness runs them. */
  readonly entries: readonly BrowserPageEntry[];
  /** Node.js globals the bundle still refers to: must be empty. */
  readonly forbidden: readonly ForbiddenGlobalUse[];
  /** The bundle's total size in bytes (unminified, with every example), for the log. */
  readonly bytes: number;
}
