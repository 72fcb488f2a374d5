/** A link that does not resolve, found by `listBrokenSiteLinks` or `listBrokenMarkdownLinks`. */
export interface BrokenLink {
  /** The file holding the link, relative to the folder that was checked, with `/` separators. */
  readonly file: string;
  /** The 1-based line of the link in that file. */
  readonly line: number;
  /** The link as written. */
  readonly link: string;
  /** Why it does not resolve: a missing file, a missing anchor, a path outside the folder. */
  readonly reason: string;
}

/** What a link check looked at and what it found broken. */
export interface LinkCheckResult {
  /** How many files were read. */
  readonly files: number;
  /** How many internal links were checked (external links are counted apart, never fetched). */
  readonly links: number;
  /** How many links to other sites were seen and left unchecked. */
  readonly external: number;
  readonly broken: readonly BrokenLink[];
}
