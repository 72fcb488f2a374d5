import type { Decimal } from 'decimal.js';
import type { AltmanVariant } from './AltmanVariant.ts';
import type { AltmanZone } from './AltmanZone.ts';

/** The ratios an Altman score is built from, each exact to 60 significant digits. */
export interface AltmanRatios {
  /** Working capital (current assets − current liabilities) ÷ total assets. */
  readonly x1: Decimal;
  /** Retained earnings ÷ total assets. */
  readonly x2: Decimal;
  /** EBIT ÷ total assets. */
  readonly x3: Decimal;
  /** Equity (market value for `original`, book value otherwise) ÷ total liabilities. */
  readonly x4: Decimal;
  /** Sales ÷ total assets; `null` for the models without sales (Z″ and the emerging-market score). */
  readonly x5: Decimal | null;
}

/** What `altmanZScore` finds: the score, its zone, and the ratios behind it. */
export interface AltmanResult {
  readonly variant: AltmanVariant;
  /** The score, exact to 60 significant digits and not rounded: round it for display. */
  readonly score: Decimal;
  readonly zone: AltmanZone;
  readonly ratios: AltmanRatios;
}
