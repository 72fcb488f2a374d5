import type { Decimal } from 'decimal.js';
import { modelsAltmanModel } from '../../_internals/modelsAltmanModel.ts';
import { modelsStatementFigures } from '../../_internals/modelsStatementFigures.ts';
import { modelsZeroDenominator } from '../../_internals/modelsZeroDenominator.ts';
import type { FinancialStatementField, FinancialStatementInput } from '../statement/FinancialStatement.ts';
import type { AltmanResult } from './AltmanResult.ts';
import type { AltmanVariant } from './AltmanVariant.ts';
import { altmanZoneForScore } from './altmanZoneForScore.ts';

const API = 'altmanZScore';

/**
 * An Altman Z-score and its zone (spec §7.2), from a financial statement: X1 = working capital, X2 =
 * retained earnings, X3 = EBIT, X5 = sales, each ÷ total assets; X4 = equity ÷ total liabilities. The
 * weights, constant and cut-offs are those of {@link altmanModels}; bounds belong to the grey zone.
 *
 * Fields needed: `totalAssets`, `totalLiabilities`, `currentAssets`, `currentLiabilities`,
 * `retainedEarnings`, `ebit`; `sales` for `original` and `private`; `marketValueOfEquity` for
 * `original`. The book-equity models use `bookEquity`, or total assets − total liabilities when it is
 * not given.
 *
 * @param statement - The company's statement figures, in one currency.
 * @param variant - `original` (Z), `private` (Z′), `nonManufacturing` (Z″) or `emergingMarket`.
 * @returns The score, the zone and the ratios X1–X5.
 * @throws {ReceivablesError} `INVALID_STATEMENT` naming every missing or invalid field;
 *   `ZERO_DENOMINATOR` naming `totalAssets` or `totalLiabilities` when it is zero; `INVALID_ARGUMENT`
 *   for an unknown variant.
 *
 * @example
 * ```ts
 * import { altmanZScore } from '@receivables/credit-scoring';
 *
 * const statement = {
 *   totalAssets: 1000, totalLiabilities: 500, currentAssets: 400, currentLiabilities: 200,
 *   retainedEarnings: 300, ebit: 100, bookEquity: 500, sales: 1500,
 * };
 * const result = altmanZScore(statement, 'private');
 * console.log(result.score.toString(), result.zone); // 2.6252 grey
 * console.log(result.ratios.x1.toString(), result.ratios.x4.toString()); // 0.2 1
 * const emerging = altmanZScore(statement, 'emergingMarket');
 * console.log(emerging.score.toString(), emerging.zone); // 7.262 safe
 * ```
 */
export function altmanZScore(statement: FinancialStatementInput, variant: AltmanVariant): AltmanResult {
  const model = modelsAltmanModel(variant, API);
  const needed: FinancialStatementField[] = [
    'totalAssets',
    'totalLiabilities',
    'currentAssets',
    'currentLiabilities',
    'retainedEarnings',
    'ebit',
  ];
  if (model.weights.x5 !== '0') needed.push('sales');
  if (model.equity === 'market') needed.push('marketValueOfEquity');
  const figures = modelsStatementFigures(statement, API, needed);
  const assets = figures.totalAssets;
  const liabilities = figures.totalLiabilities;
  if (assets.isZero()) {
    throw modelsZeroDenominator(API, 'totalAssets', statement.totalAssets, 'the Altman ratios divide by it');
  }
  if (liabilities.isZero()) {
    throw modelsZeroDenominator(API, 'totalLiabilities', statement.totalLiabilities, 'X4 divides by it');
  }
  const equity: Decimal =
    model.equity === 'market'
      ? figures.marketValueOfEquity!
      : (figures.bookEquity ?? assets.minus(liabilities));
  const ratios = {
    x1: figures.currentAssets.minus(figures.currentLiabilities).div(assets),
    x2: figures.retainedEarnings.div(assets),
    x3: figures.ebit.div(assets),
    x4: equity.div(liabilities),
    x5: model.weights.x5 === '0' ? null : figures.sales!.div(assets),
  };
  // One division over a common denominator, so the score is the exact value rounded once.
  const perAsset = figures.currentAssets
    .minus(figures.currentLiabilities)
    .times(model.weights.x1)
    .plus(figures.retainedEarnings.times(model.weights.x2))
    .plus(figures.ebit.times(model.weights.x3))
    .plus(ratios.x5 === null ? 0 : figures.sales!.times(model.weights.x5));
  const score = perAsset
    .times(liabilities)
    .plus(equity.times(model.weights.x4).times(assets))
    .plus(assets.times(liabilities).times(model.constant))
    .div(assets.times(liabilities));
  return { variant: model.variant, score, zone: altmanZoneForScore(model.variant, score), ratios };
}
