/** One input file of a streamed aging run. @internal */
export interface StreamFile {
  /** The absolute path it is read from. */
  readonly path: string;
  /** The file as it was named on the command line (or found in `--data`), as problems name it. */
  readonly label: string;
}
