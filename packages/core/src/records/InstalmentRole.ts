/**
 * The position of an instalment in its plan, which sets its pre-due reminder lead time:
 * `first` 首款, `middle` 中款, `final` 尾款. A single-instalment invoice counts as `final`.
 */
export type InstalmentRole = 'first' | 'middle' | 'final';
