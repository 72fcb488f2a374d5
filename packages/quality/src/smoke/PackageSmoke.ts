/** Where a smoke check runs: in Node (ESM and, for dual packages, CommonJS) and, for browser-facing entries, in a browser. */
export type SmokeTarget = 'node' | 'browser';

/**
 * A short program that uses one published entry point (a package or one of its subpath exports) the
 * way an integrator would, and the lines it must print. The same code runs as an ES module, as a
 * CommonJS module, in headless Chromium, and is type-checked as a TypeScript consumer, so every way
 * of receiving the package is held to the same answers.
 */
export interface PackageSmoke {
  /** The published package, e.g. `@receivables/script-catalog`. */
  readonly packageName: string;
  /** The subpath export, `.` for the package itself or e.g. `./locales/en`. */
  readonly subpath: string;
  /**
   * The modules the code uses, as local name to import specifier; each is bound to the module's
   * namespace (`import * as name from …` or `const name = require(…)`).
   */
  readonly imports: Readonly<Record<string, string>>;
  /** JavaScript that is also valid strict TypeScript; it prints with `console.log` and strings only. */
  readonly code: string;
  /** The lines the code must print, in order. */
  readonly expected: readonly string[];
  /** Where the entry is meant to run. */
  readonly targets: readonly SmokeTarget[];
}
