import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';

const ZERO: Decimal = /* @__PURE__ */ decimal(0);
const units: Decimal[] = [];

/**
 * An exact decimal from a whole number of minor units and the currency's minor-unit digits: the minor
 * unit (0.01 for two digits) times the count, exact at the suite's 60 significant digits. Zeros, the
 * most common value of a report, share one instance; a report of ten thousand lines makes hundreds of
 * thousands of these, so the cheapest exact route matters.
 *
 * @internal
 */
export function agedBalancesMinorDecimal(minor: number | bigint, digits: number): Decimal {
  if (minor === 0 || minor === 0n) return ZERO;
  let unit = units[digits];
  if (unit === undefined) {
    unit = decimal(`1e-${digits}`);
    units[digits] = unit;
  }
  return unit.times(typeof minor === 'number' ? minor : minor.toString());
}
