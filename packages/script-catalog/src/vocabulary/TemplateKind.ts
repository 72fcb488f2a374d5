/**
 * What a template is for: a `phone` script, a `written` message (messaging or email), an
 * `excuseAnswer` to one excuse scenario, or a `demandLetter`.
 */
export type TemplateKind = 'phone' | 'written' | 'excuseAnswer' | 'demandLetter';
