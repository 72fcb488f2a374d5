/**
 * What a lint rule looks for in one language. `keywords` are plain phrases, matched case-insensitively
 * after Unicode NFKC normalisation (so full-width `１１点` matches `11点`); a keyword that starts or ends
 * with a Latin letter or digit only matches whole words (`sue` does not match `issue`). `patterns` are
 * regular expressions restricted to linear-time matching: no `*`, `+` or `{n,}`, no quantified groups,
 * no back-references or lookaround, and bounded repeats of at most 20.
 */
export interface LintMatch {
  readonly keywords?: readonly string[];
  readonly patterns?: readonly string[];
}
