import type { LocalizedLabel } from '../../grades/LocalizedLabel.ts';
import type { AltmanVariant } from './AltmanVariant.ts';

/** One Altman Z-score model as data: its weights, constant, equity basis and zone cut-offs. */
export interface AltmanModel {
  readonly variant: AltmanVariant;
  readonly label: LocalizedLabel;
  /**
   * The weight of each ratio, as decimal strings: X1 working capital, X2 retained earnings, X3 EBIT,
   * X5 sales (each ÷ total assets) and X4 equity ÷ total liabilities; `x5` is `'0'` for the models
   * without sales.
   */
  readonly weights: {
    readonly x1: string;
    readonly x2: string;
    readonly x3: string;
    readonly x4: string;
    readonly x5: string;
  };
  /** Added to the weighted sum: `'3.25'` for the emerging-market score, `'0'` otherwise. */
  readonly constant: string;
  /** Which equity X4 uses: the market value (original Z) or the book value. */
  readonly equity: 'market' | 'book';
  /** Scores below this are in the distress zone. */
  readonly distressBelow: string;
  /** Scores above this are in the safe zone; scores from `distressBelow` to here are grey. */
  readonly safeAbove: string;
}
