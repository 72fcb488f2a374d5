/** A byte range of a file, `start` included and `end` excluded, that begins at the start of a line. @internal */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}
