/** One error reported by `tsc`, as read from its plain (`--pretty false`) output. */
export interface TypeScriptDiagnostic {
  /** The file, as tsc names it (relative to the project when inside it). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** The error code, e.g. `TS2339`. */
  readonly code: string;
  /** The message's first line. */
  readonly message: string;
}
