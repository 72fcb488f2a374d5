/** How serious a lint finding is: an `error` must not be sent; a `warning` deserves a second look. */
export type LintSeverity = 'error' | 'warning';
