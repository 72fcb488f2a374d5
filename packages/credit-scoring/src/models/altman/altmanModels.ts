import type { AltmanModel } from './AltmanModel.ts';
import type { AltmanVariant } from './AltmanVariant.ts';

const model = (value: AltmanModel): AltmanModel =>
  Object.freeze({ ...value, label: Object.freeze(value.label), weights: Object.freeze(value.weights) });

/**
 * The four Altman Z-score models of spec §7.2, as data: weights, constant, equity basis and zones.
 *
 * | variant | score | distress below | safe above |
 * |---|---|---|---|
 * | `original` (Z) | 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 (market equity) + 1.0 X5 | 1.81 | 2.99 |
 * | `private` (Z′) | 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 (book equity) + 0.998 X5 | 1.23 | 2.90 |
 * | `nonManufacturing` (Z″) | 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4 (book equity) | 1.10 | 2.60 |
 * | `emergingMarket` (EM) | 3.25 + Z″ | 4.35 | 5.85 |
 *
 * The emerging-market cut-offs are Z″'s moved up by the same 3.25, so both variants put a company in
 * the same zone.
 *
 * @example
 * ```ts
 * import { altmanModels } from '@receivables/credit-scoring';
 *
 * const { weights, distressBelow, safeAbove } = altmanModels.private;
 * console.log(weights.x3, distressBelow, safeAbove); // 3.107 1.23 2.90
 * ```
 */
export const altmanModels: Readonly<Record<AltmanVariant, AltmanModel>> = /* @__PURE__ */ Object.freeze({
  original: model({
    variant: 'original',
    label: { en: 'Altman Z (listed manufacturers)', 'zh-CN': 'Altman Z值（上市制造企业）' },
    weights: { x1: '1.2', x2: '1.4', x3: '3.3', x4: '0.6', x5: '1.0' },
    constant: '0',
    equity: 'market',
    distressBelow: '1.81',
    safeAbove: '2.99',
  }),
  private: model({
    variant: 'private',
    label: { en: 'Altman Z′ (private firms)', 'zh-CN': 'Altman Z′值（非上市企业）' },
    weights: { x1: '0.717', x2: '0.847', x3: '3.107', x4: '0.420', x5: '0.998' },
    constant: '0',
    equity: 'book',
    distressBelow: '1.23',
    safeAbove: '2.90',
  }),
  nonManufacturing: model({
    variant: 'nonManufacturing',
    label: { en: 'Altman Z″ (non-manufacturers)', 'zh-CN': 'Altman Z″值（非制造企业）' },
    weights: { x1: '6.56', x2: '3.26', x3: '6.72', x4: '1.05', x5: '0' },
    constant: '0',
    equity: 'book',
    distressBelow: '1.10',
    safeAbove: '2.60',
  }),
  emergingMarket: model({
    variant: 'emergingMarket',
    label: { en: 'Altman EM score (emerging markets)', 'zh-CN': 'Altman 新兴市场评分' },
    weights: { x1: '6.56', x2: '3.26', x3: '6.72', x4: '1.05', x5: '0' },
    constant: '3.25',
    equity: 'book',
    distressBelow: '4.35',
    safeAbove: '5.85',
  }),
});
