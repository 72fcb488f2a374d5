import type { OutputFormat } from '../program/CliOptions.ts';

/** Options of `renderCommandResult`: the format and whether table output may use colours. */
export interface RenderOptions {
  /** `table`, `json`, `csv` or `md`. */
  readonly format: OutputFormat;
  /**
   * Bold titles and headings in `table` output (ANSI escape codes). The program turns them on only when
   * the output goes to a terminal and `NO_COLOR` is not set; the other formats never use colours.
   * @defaultValue `false`
   */
  readonly colors?: boolean;
}
