import type { PaydexAnchor } from './PaydexAnchor.ts';

/**
 * The anchor points of the PAYDEX-style payment-behaviour index (Dun & Bradstreet definition, spec §7.1),
 * earliest first: 30 days early → 100, 20 early (the discount) → 90, on time → 80, then 15, 22, 30, 60,
 * 90 and 120 days late → 70, 60, 50, 40, 30, 20. `paydexIndex` interpolates linearly between them.
 *
 * @example
 * ```ts
 * import { paydexAnchors } from '@receivables/credit-scoring';
 *
 * console.log(paydexAnchors.map((anchor) => `${anchor.daysBeyondTerms}:${anchor.index}`).join(' ')); // -30:100 -20:90 0:80 15:70 22:60 30:50 60:40 90:30 120:20
 * ```
 */
export const paydexAnchors: readonly PaydexAnchor[] = /* @__PURE__ */ Object.freeze(
  [
    [-30, 100],
    [-20, 90],
    [0, 80],
    [15, 70],
    [22, 60],
    [30, 50],
    [60, 40],
    [90, 30],
    [120, 20],
  ].map(([daysBeyondTerms, index]) => Object.freeze({ daysBeyondTerms, index }) as PaydexAnchor),
);
