import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FinancialStatementSchema,
  financialStatementJsonSchema,
  parseFinancialStatement,
} from '../../../index.ts';

describe('parseFinancialStatement', () => {
  it('reads amounts exactly and keeps absent fields absent', () => {
    const statement = parseFinancialStatement({ currentAssets: '1200.50', currentLiabilities: 800 });
    expect(statement.currentAssets?.toString()).toBe('1200.5');
    expect(Object.keys(statement)).toEqual(['currentAssets', 'currentLiabilities']);
  });

  it('accepts negative earnings, equity and cash flow', () => {
    const statement = parseFinancialStatement({
      retainedEarnings: -1,
      ebit: '-2',
      bookEquity: -3,
      operatingCashFlow: -4,
    });
    expect(Object.values(statement).map(String)).toEqual(['-1', '-2', '-3', '-4']);
  });

  it('lists every problem at once with INVALID_STATEMENT', () => {
    let caught: unknown;
    try {
      parseFinancialStatement({
        totalAssets: 400,
        currentAssets: 500,
        sales: -1,
        ebit: '12,5',
        turnover: 5,
      } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toEqual(expect.objectContaining({ code: 'INVALID_STATEMENT' }));
    const issues = (caught as { details: { issues: { pathText: string; code: string }[] } }).details.issues;
    expect(issues.map((issue) => `${issue.pathText} ${issue.code}`)).toEqual(
      expect.arrayContaining(['sales negative_amount', 'ebit invalid_amount', ' unrecognized_keys']),
    );
  });

  it('refuses a part above its whole', () => {
    expect(() => parseFinancialStatement({ currentLiabilities: 10, totalLiabilities: 5 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATEMENT',
        message:
          'parseFinancialStatement: 1 problem\n  currentLiabilities: 10 is above totalLiabilities 5; a part cannot exceed its whole',
      }),
    );
  });

  it('exports a JSON Schema of the input that refuses unknown keys', () => {
    expect(financialStatementJsonSchema.type).toBe('object');
    expect(financialStatementJsonSchema.additionalProperties).toBe(false);
  });
});

describe('properties', () => {
  it('round-trips: a parsed statement written as text parses to the same figures', () => {
    const figure = fc.integer({ min: 0, max: 10 ** 12 }).map((minor) => (minor / 100).toFixed(2));
    fc.assert(
      fc.property(figure, figure, figure, (assets, sales, ebit) => {
        const parsed = FinancialStatementSchema.parse({ totalAssets: assets, sales, ebit });
        const again = FinancialStatementSchema.parse({
          totalAssets: parsed.totalAssets!.toString(),
          sales: parsed.sales!.toString(),
          ebit: parsed.ebit!.toString(),
        });
        expect(again).toEqual(parsed);
      }),
    );
  });
});
