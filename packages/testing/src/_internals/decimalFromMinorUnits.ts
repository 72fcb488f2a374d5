import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { formatMinorUnits } from './formatMinorUnits.ts';

/** Fractions already made, per scale: `fractions[2][5]` is 0.05. */
const fractions: Decimal[][] = [];

/**
 * The exact `Decimal` of `minor` minor units, made the cheap way for a generator that makes millions:
 * the whole part as an integer (which decimal.js reads without parsing text) plus a shared, cached
 * fraction. Parsing `'1234.56'` costs about three times as much and keeps a digit array sized for 17.
 *
 * @param minor - A non-negative safe integer.
 * @param scale - The currency's minor-unit digits.
 * @returns The amount, equal to `decimal(formatMinorUnits(minor, scale))`.
 * @internal
 */
export function decimalFromMinorUnits(minor: number, scale: number): Decimal {
  if (scale === 0) return decimal(minor);
  if (scale > 4) return decimal(formatMinorUnits(minor, scale));
  const unit = 10 ** scale;
  const whole = Math.floor(minor / unit);
  const rest = minor - whole * unit;
  if (rest === 0) return decimal(whole);
  const fraction = fractionOf(rest, scale, unit);
  return whole === 0 ? fraction : decimal(whole).plus(fraction);
}

function fractionOf(rest: number, scale: number, unit: number): Decimal {
  let table = fractions[scale];
  if (table === undefined) {
    table = new Array<Decimal>(unit);
    fractions[scale] = table;
  }
  let fraction = table[rest];
  if (fraction === undefined) {
    fraction = decimal(formatMinorUnits(rest, scale));
    table[rest] = fraction;
  }
  return fraction;
}
